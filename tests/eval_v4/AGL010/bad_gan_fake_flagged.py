"""GAN: the fake batch is 'detached' by flipping its flag before the D step."""
import torch
from torch import nn

torch.manual_seed(5)
G = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 2))
D = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
fake = G(torch.randn(6, 3))
fake.requires_grad = False  # expect: AGL010
d_out = D(fake)
