"""In-place edits on a detached clone of a parameter (a leaf that needs no grad)."""
import torch
from torch import nn

torch.manual_seed(10)
layer = nn.Linear(4, 4)
w = layer.weight.detach().clone()
w.clamp_(-0.1, 0.1)
w[0] = 0.0
print(w.abs().max())
