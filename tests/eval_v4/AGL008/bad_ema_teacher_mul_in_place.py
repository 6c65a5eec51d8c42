"""EMA teacher update in place on parameters that still require grad."""
import copy

import torch
from torch import nn


def update_teacher(teacher: nn.Module, student: nn.Module, decay: float = 0.99) -> None:
    for t_p, s_p in zip(teacher.parameters(), student.parameters(), strict=True):
        t_p.mul_(decay).add_(s_p.detach(), alpha=1 - decay)  # expect: AGL008


torch.manual_seed(9)
student = nn.Linear(4, 4)
teacher = copy.deepcopy(student)
update_teacher(teacher, student)
