"""Features detached into a new leaf, then flagged to get input gradients."""
import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(6, 8), nn.ReLU())
head = nn.Linear(8, 2)
features = backbone(torch.randn(4, 6)).detach()
features.requires_grad = True
loss = nn.functional.cross_entropy(head(features), torch.tensor([0, 1, 1, 0]))
loss.backward()
print(features.grad.shape)
