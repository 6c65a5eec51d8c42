import copy

import torch
import torch.nn as nn

torch.manual_seed(0)

student = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 4))
teacher = copy.deepcopy(student)
opt = torch.optim.SGD(student.parameters(), lr=0.1)


def update_teacher(student, teacher, momentum=0.99):
    for s_param, t_param in zip(student.parameters(), teacher.parameters(), strict=True):
        t_param.data.mul_(momentum).add_(s_param.data, alpha=1 - momentum)  # expect: AGL006


for _ in range(2):
    x = torch.randn(16, 4)
    opt.zero_grad()
    loss = (student(x) - teacher(x).detach()).pow(2).mean() + student(x).pow(2).mean()
    loss.backward()
    opt.step()
    update_teacher(student, teacher)
