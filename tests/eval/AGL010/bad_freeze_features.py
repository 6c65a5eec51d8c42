import torch
from torch import nn

backbone = nn.Sequential(nn.Linear(8, 8), nn.ReLU())
head = nn.Linear(8, 2)
features = backbone(torch.randn(4, 8))
features.requires_grad_(False)  # expect: AGL010
logits = head(features)
