"""Learnable positions built with arange and no dtype."""
import torch

torch.manual_seed(1)
positions = torch.arange(8, requires_grad=True)  # expect: AGL005
freqs = torch.exp(-torch.arange(0, 4, dtype=torch.float32))
angles = positions[:, None] * freqs[None, :]
print(angles.shape)
