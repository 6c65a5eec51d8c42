"""Pseudo-labels from argmax marked as requiring grad for a 'soft' loss."""
import torch
from torch import nn

torch.manual_seed(7)
teacher = nn.Linear(6, 4)
student = nn.Linear(6, 4)
x = torch.randn(5, 6)
with torch.no_grad():
    pseudo = teacher(x).argmax(dim=1)
pseudo.requires_grad_(True)  # expect: AGL005
loss = nn.functional.cross_entropy(student(x), pseudo)
loss.backward()
