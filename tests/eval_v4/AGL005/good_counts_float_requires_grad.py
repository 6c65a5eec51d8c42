"""Counts converted to float before requires_grad_()."""
import torch

torch.manual_seed(4)
values = torch.randint(0, 5, (40,))
counts = torch.bincount(values, minlength=5).float().requires_grad_()
target = torch.full((5,), 8.0)
loss = ((counts - target) ** 2).mean()
loss.backward()
