import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)
teacher = nn.Linear(10, 4)
student = nn.Linear(10, 4)
x = torch.randn(8, 10)
with torch.no_grad():
    soft_targets = F.softmax(teacher(x) / 2.0, dim=-1)
log_probs = F.log_softmax(student(x) / 2.0, dim=-1)
kd = F.kl_div(log_probs, soft_targets, reduction="none")
kd.backward()  # expect: AGL002
