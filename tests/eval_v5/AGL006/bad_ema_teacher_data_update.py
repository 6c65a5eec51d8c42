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
for tp, sp in zip(teacher.parameters(), student.parameters(), strict=True):
    tp.data.mul_(0.9).add_(sp.detach(), alpha=0.1)  # expect: AGL006
