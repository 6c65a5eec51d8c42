import torch

torch.manual_seed(12)
x = torch.randn(4, 3, requires_grad=True)
out = torch.empty(4, 3)
torch.mul(x.detach(), 2.0, out=out)
scale = torch.empty(1).fill_(0.5)
(x * out * scale).sum().backward()
