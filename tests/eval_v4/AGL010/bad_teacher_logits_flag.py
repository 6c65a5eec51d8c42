"""Distillation: teacher logits 'frozen' in place instead of computed under no_grad."""
import torch
from torch import nn

torch.manual_seed(4)
teacher = nn.Linear(6, 3)
student = nn.Linear(6, 3)
x = torch.randn(5, 6)
soft = torch.softmax(teacher(x) / 3.0, dim=1)
soft.requires_grad_(False)  # expect: AGL010
loss = nn.functional.kl_div(torch.log_softmax(student(x) / 3.0, dim=1), soft, reduction="batchmean")
