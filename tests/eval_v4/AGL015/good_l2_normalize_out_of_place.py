"""Contrastive embeddings normalised out of place."""
import torch
from torch import nn

torch.manual_seed(10)
encoder = nn.Linear(6, 4)
z = encoder(torch.randn(5, 6))
z = z / z.norm(dim=1, keepdim=True)
sim = z @ z.t() / 0.5
nn.functional.cross_entropy(sim, torch.arange(5)).backward()
