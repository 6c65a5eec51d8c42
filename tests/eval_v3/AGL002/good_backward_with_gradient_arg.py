import torch

torch.manual_seed(0)
x = torch.randn(5, requires_grad=True)
y = torch.sin(x) * 3
y.backward(gradient=torch.ones_like(y))
print(torch.allclose(x.grad, 3 * torch.cos(x)))
