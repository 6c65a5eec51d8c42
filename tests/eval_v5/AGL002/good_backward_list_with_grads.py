import torch

torch.manual_seed(12)
x = torch.randn(4, requires_grad=True)
a = x.exp()
b = x.sin()
torch.autograd.backward([a, b], [torch.ones(4), torch.full((4,), 0.5)])
print(x.grad)
