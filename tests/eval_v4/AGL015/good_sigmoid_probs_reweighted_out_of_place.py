"""Sigmoid probabilities reweighted out of place."""
import torch
from torch import nn

torch.manual_seed(0)
head = nn.Linear(6, 4)
targets = torch.randint(0, 2, (5, 4)).float()
class_weight = torch.tensor([1.0, 2.0, 0.5, 1.0])
probs = torch.sigmoid(head(torch.randn(5, 6)))
probs = probs * class_weight
loss = ((probs - targets) ** 2).mean()
loss.backward()
