"""Positions from arange with dtype=torch.float32."""
import torch

torch.manual_seed(1)
positions = torch.arange(8, dtype=torch.float32, requires_grad=True)
freqs = torch.exp(-torch.arange(0, 4, dtype=torch.float32))
angles = positions[:, None] * freqs[None, :]
torch.sin(angles).sum().backward()
print(positions.grad.shape)
