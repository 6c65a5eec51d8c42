"""Multi-label head: sigmoid probabilities reweighted in place before the loss."""
import torch
from torch import nn

torch.manual_seed(0)
head = nn.Linear(6, 4)
targets = torch.randint(0, 2, (5, 4)).float()
class_weight = torch.tensor([1.0, 2.0, 0.5, 1.0])
probs = torch.sigmoid(head(torch.randn(5, 6)))
probs *= class_weight  # expect: AGL015
loss = ((probs - targets) ** 2).mean()
loss.backward()
