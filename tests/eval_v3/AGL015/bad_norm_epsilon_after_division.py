import torch
from torch import nn

torch.manual_seed(0)
embedder = nn.Linear(8, 4)
feats = embedder(torch.randn(6, 8))
norm = feats.norm(dim=1, keepdim=True)
unit = feats / norm
norm += 1e-6  # expect: AGL015
sim = unit @ unit.t()
sim.sum().backward()
