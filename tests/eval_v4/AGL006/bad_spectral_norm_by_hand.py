"""Lipschitz constraint: divide the weight by its top singular value via .data."""
import torch
from torch import nn

torch.manual_seed(8)
disc = nn.Linear(5, 5)
opt = torch.optim.Adam(disc.parameters(), lr=1e-3)
opt.zero_grad()
disc(torch.randn(3, 5)).mean().backward()
opt.step()
sigma = torch.linalg.matrix_norm(disc.weight.detach(), ord=2)
disc.weight.data /= sigma  # expect: AGL006
