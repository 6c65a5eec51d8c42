"""Learnable residual mixing matrix initialised as an integer identity."""
import torch

torch.manual_seed(14)
mix = torch.eye(3, dtype=torch.int64, requires_grad=True)  # expect: AGL005
h = torch.randn(2, 3)
out = h @ mix.float()
