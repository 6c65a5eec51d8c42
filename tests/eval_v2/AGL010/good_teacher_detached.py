import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

teacher = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 5)).requires_grad_(False)
student = nn.Sequential(nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 5))
x = torch.randn(4, 8)
teacher_logits = teacher(x).detach()
loss = F.kl_div(F.log_softmax(student(x), -1), F.softmax(teacher_logits, -1), reduction="batchmean")
loss.backward()
