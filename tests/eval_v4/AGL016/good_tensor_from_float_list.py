"""Initial guess written as a list of floats."""
import torch

torch.manual_seed(2)
params = torch.tensor([1.0, 0.5, -0.25], requires_grad=True)
t = torch.linspace(0, 1, 10)
pred = params[0] + params[1] * t + params[2] * t ** 2
((pred - t.exp()) ** 2).mean().backward()
