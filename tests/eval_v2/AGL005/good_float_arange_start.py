import torch

torch.manual_seed(0)

t = torch.arange(0.0, 1.0, 0.25, requires_grad=True)
grid = torch.linspace(-1, 1, 5, requires_grad=True)
energy = (torch.sin(t).sum() + grid.pow(2).sum())
energy.backward()
print(t.grad, grid.grad)
