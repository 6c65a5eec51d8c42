"""Normalised leaf input re-flagged before a saliency pass."""
import torch
from torch import nn

torch.manual_seed(13)
model = nn.Sequential(nn.Linear(6, 4), nn.ReLU(), nn.Linear(4, 2))
raw = torch.rand(1, 6, requires_grad=True)
normed = (raw - 0.5) / 0.25
normed.requires_grad_(False)  # expect: AGL010
score = model(normed)[0, 1]
