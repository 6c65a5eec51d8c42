import torch
import torch.nn as nn

torch.manual_seed(39)
teacher = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
teacher.requires_grad_(False)
student = nn.Linear(4, 2)
x = torch.randn(3, 4)
loss = (student(x) - teacher(x)).pow(2).mean()
loss.backward()
