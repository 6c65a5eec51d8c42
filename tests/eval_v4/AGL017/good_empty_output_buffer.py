"""torch.empty as an output buffer that is fully written before it is read."""
import torch

torch.manual_seed(4)
a, b = torch.randn(3, 4), torch.randn(4, 2)
buf = torch.empty(3, 2)
torch.mm(a, b, out=buf)
w = torch.randn(2, requires_grad=True)
(buf @ w).sum().backward()
