import copy

import torch
import torch.nn as nn

torch.manual_seed(0)

student = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 4))
teacher = copy.deepcopy(student).requires_grad_(False)


@torch.no_grad()
def update_teacher(student, teacher, momentum=0.99):
    for s_param, t_param in zip(student.parameters(), teacher.parameters(), strict=True):
        t_param.lerp_(s_param, 1 - momentum)


opt = torch.optim.SGD(student.parameters(), lr=0.1)
for _ in range(2):
    opt.zero_grad()
    student(torch.randn(16, 4)).pow(2).mean().backward()
    opt.step()
    update_teacher(student, teacher)
