import torch

grid = torch.tensor(torch.linspace(0, 1, 5), requires_grad=True)  # expect: AGL016
print(grid.exp().sum())
