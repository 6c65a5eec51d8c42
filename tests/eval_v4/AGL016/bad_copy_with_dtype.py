"""A float32 tensor copied to float64 with torch.tensor(..., dtype=...)."""
import torch

torch.manual_seed(6)
coarse = torch.rand(5)
fine = torch.tensor(coarse, dtype=torch.float64, requires_grad=True)  # expect: AGL016
(fine.sin() ** 2).sum().backward()
