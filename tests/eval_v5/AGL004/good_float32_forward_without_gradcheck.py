import torch

torch.manual_seed(22)
x = torch.randn(3, requires_grad=True)
y = torch.sigmoid(x)
(g,) = torch.autograd.grad(y.sum(), x)
expected = y * (1 - y)
assert torch.allclose(g, expected)
