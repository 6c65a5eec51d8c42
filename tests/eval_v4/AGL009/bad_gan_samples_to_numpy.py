"""Generator samples converted to numpy for a scatter plot."""
import torch
from torch import nn

torch.manual_seed(5)
G = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2))
samples = G(torch.randn(64, 2))
points = samples.numpy()  # expect: AGL009
print(points[:, 0].mean(), points[:, 1].mean())
