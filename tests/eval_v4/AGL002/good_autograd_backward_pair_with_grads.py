"""torch.autograd.backward on two outputs with their gradients given."""
import torch

torch.manual_seed(7)
x = torch.randn(4, requires_grad=True)
a = x.sin()
b = x.cos() * 3
torch.autograd.backward([a, b], [torch.ones_like(a), torch.full_like(b, 0.5)])
print(x.grad)
