"""In-place dropout on a Linear output inside nn.Sequential."""
import torch
from torch import nn

torch.manual_seed(5)
model = nn.Sequential(nn.Linear(4, 8), nn.Dropout(0.3, inplace=True), nn.Linear(8, 1))
model.train()
model(torch.randn(6, 4)).pow(2).mean().backward()
