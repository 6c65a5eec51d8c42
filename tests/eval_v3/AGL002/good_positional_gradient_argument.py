import torch

torch.manual_seed(0)
theta = torch.randn(3, requires_grad=True)
x = torch.randn(6, 3)
scores = x @ theta
weights = torch.linspace(0.1, 1.0, 6)
scores.backward(weights)
print(theta.grad)
