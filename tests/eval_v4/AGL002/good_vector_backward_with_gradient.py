"""Vector-Jacobian product: backward() on a vector with an explicit gradient."""
import torch

torch.manual_seed(6)
params = torch.randn(3, requires_grad=True)
t = torch.linspace(0, 1, 10)
pred = params[0] + params[1] * t + params[2] * t ** 2
residuals = pred - torch.sin(t)
residuals.backward(gradient=2 * residuals.detach() / residuals.numel())
print(params.grad)
