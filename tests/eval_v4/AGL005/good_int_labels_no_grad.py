"""Integer class labels used as targets, without requires_grad."""
import torch
from torch import nn

torch.manual_seed(7)
teacher = nn.Linear(6, 4)
student = nn.Linear(6, 4)
x = torch.randn(5, 6)
with torch.no_grad():
    pseudo = teacher(x).argmax(dim=1)
loss = nn.functional.cross_entropy(student(x), pseudo)
loss.backward()
