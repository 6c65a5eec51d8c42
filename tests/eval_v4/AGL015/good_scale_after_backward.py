"""Probabilities rescaled in place for logging only after backward() has run."""
import torch
from torch import nn

torch.manual_seed(3)
clf = nn.Linear(5, 3)
probs = torch.softmax(clf(torch.randn(4, 5)), dim=1)
loss = -torch.log(probs[:, 0]).mean()
loss.backward()
probs.mul_(100.0)
print("percent:", probs.detach()[0])
