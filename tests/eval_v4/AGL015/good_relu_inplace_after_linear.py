"""In-place ReLU after a Linear layer: addmm does not save its output."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(inplace=True), nn.Linear(8, 1))
model(torch.randn(3, 4)).pow(2).mean().backward()
