"""Distillation with teacher outputs computed under no_grad."""
import torch
from torch import nn

torch.manual_seed(4)
teacher = nn.Linear(6, 3)
student = nn.Linear(6, 3)
x = torch.randn(5, 6)
with torch.no_grad():
    soft = torch.softmax(teacher(x) / 3.0, dim=1)
log_p = torch.log_softmax(student(x) / 3.0, dim=1)
nn.functional.kl_div(log_p, soft, reduction="batchmean").backward()
