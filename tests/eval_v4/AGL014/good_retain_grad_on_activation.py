"""Hidden-unit saliency with h.retain_grad()."""
import torch
from torch import nn

torch.manual_seed(7)
l1, l2 = nn.Linear(4, 6), nn.Linear(6, 1)
h = torch.relu(l1(torch.randn(2, 4)))
h.retain_grad()
l2(h).sum().backward()
print(h.grad.shape, h.retains_grad)
