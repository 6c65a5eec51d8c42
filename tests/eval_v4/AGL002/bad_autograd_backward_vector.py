"""torch.autograd.backward on a vector of residuals."""
import torch

torch.manual_seed(6)
params = torch.randn(3, requires_grad=True)
t = torch.linspace(0, 1, 10)
pred = params[0] + params[1] * t + params[2] * t ** 2
residuals = pred - torch.sin(t)
torch.autograd.backward(residuals)  # expect: AGL002
print(params.grad)
