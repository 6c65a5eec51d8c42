"""Mean-teacher EMA with lerp_ under no_grad."""
import copy

import torch
from torch import nn

torch.manual_seed(3)
student = nn.Linear(5, 3)
teacher = copy.deepcopy(student)
opt = torch.optim.SGD(student.parameters(), lr=0.5)
opt.zero_grad()
student(torch.randn(4, 5)).pow(2).mean().backward()
opt.step()
with torch.no_grad():
    for t_p, s_p in zip(teacher.parameters(), student.parameters(), strict=True):
        t_p.lerp_(s_p, 0.01)
