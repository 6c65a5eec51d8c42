"""Distillation: hard-label and soft-label losses on the same student logits, two backwards."""
import torch
from torch import nn

torch.manual_seed(12)
teacher = nn.Linear(6, 4)
student = nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, 4))
opt = torch.optim.SGD(student.parameters(), lr=0.1)
x, y = torch.randn(5, 6), torch.randint(0, 4, (5,))
with torch.no_grad():
    soft_targets = torch.softmax(teacher(x) / 2.0, dim=1)
opt.zero_grad()
logits = student(x)
hard_loss = nn.functional.cross_entropy(logits, y)
hard_loss.backward()
log_student = torch.log_softmax(logits / 2.0, dim=1)
soft_loss = nn.functional.kl_div(log_student, soft_targets, reduction="batchmean")
soft_loss.backward()  # expect: AGL007
opt.step()
