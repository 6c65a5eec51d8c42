import torch

counts = torch.bincount(torch.tensor([0, 1, 1, 3]))
rates = counts.float().requires_grad_()
print(rates.log1p().sum())
