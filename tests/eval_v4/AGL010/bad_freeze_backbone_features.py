"""Trying to stop gradients into the backbone by flagging its output."""
import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(6, 8), nn.ReLU())
head = nn.Linear(8, 2)
x = torch.randn(4, 6)
features = backbone(x)
features.requires_grad = False  # expect: AGL010
loss = nn.functional.cross_entropy(head(features), torch.tensor([0, 1, 1, 0]))
