"""GAN samples detached before numpy sees them."""
import numpy as np
import torch
from torch import nn

torch.manual_seed(5)
G = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2))
samples = G(torch.randn(64, 2)).detach()
points = np.asarray(samples)
print(points.mean(axis=0))
