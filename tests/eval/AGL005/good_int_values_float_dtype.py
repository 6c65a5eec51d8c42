import torch

x = torch.tensor([1, 2, 3], dtype=torch.float64, requires_grad=True)
print(x.exp().sum())
