"""Checkpoint as numpy arrays from state_dict(), whose tensors are detached."""
import torch
from torch import nn

torch.manual_seed(8)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
arrays = {name: t.numpy() for name, t in model.state_dict().items()}
print(sorted(arrays))
