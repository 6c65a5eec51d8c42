import torch

torch.manual_seed(0)
x_raw = torch.randn(5, 3)
x = x_raw.detach().clone().requires_grad_(True)
(x ** 2).sum().backward()
print(x.grad.shape)
