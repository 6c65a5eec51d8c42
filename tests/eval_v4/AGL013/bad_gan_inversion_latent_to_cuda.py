"""GAN inversion: the latent is created with requires_grad, then sent to the GPU."""
import torch
from torch import nn

torch.manual_seed(8)
G = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 6))
target = torch.randn(1, 6)
z = torch.randn(1, 4, requires_grad=True).to("cuda")  # expect: AGL013
opt = torch.optim.Adam([z], lr=0.05)
