import torch
from torch import nn

teacher = nn.Sequential(nn.Linear(5, 5), nn.Tanh())
student = nn.Linear(5, 5)
x = torch.randn(3, 5)
with torch.no_grad():
    target = teacher(x)
target.requires_grad = False
loss = nn.functional.mse_loss(student(x), target)
loss.backward()
