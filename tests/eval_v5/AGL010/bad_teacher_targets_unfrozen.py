import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)
teacher = nn.Linear(10, 5)
student = nn.Linear(10, 5)
x = torch.randn(6, 10)
soft = F.softmax(teacher(x) / 3.0, dim=-1)
soft.requires_grad = False  # expect: AGL010
loss = F.kl_div(F.log_softmax(student(x) / 3.0, dim=-1), soft, reduction="batchmean")
loss.backward()
