import copy

import torch
import torch.nn as nn

torch.manual_seed(2)
student = nn.Linear(5, 3)
teacher = copy.deepcopy(student)
opt = torch.optim.SGD(student.parameters(), lr=0.5)
opt.zero_grad()
student(torch.randn(4, 5)).pow(2).mean().backward()
opt.step()
with torch.no_grad():
    for tp, sp in zip(teacher.parameters(), student.parameters(), strict=True):
        tp.lerp_(sp, 0.1)
