"""Soft-histogram loss: counts from bincount get requires_grad via the setter."""
import torch

torch.manual_seed(4)
values = torch.randint(0, 5, (40,))
counts = torch.bincount(values, minlength=5)
counts.requires_grad = True  # expect: AGL005
target = torch.full((5,), 8.0)
loss = ((counts - target) ** 2).mean()
