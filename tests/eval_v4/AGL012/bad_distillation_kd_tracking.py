"""Distillation run that tracks the KD part of the loss as a tensor."""
import torch
from torch import nn

torch.manual_seed(12)
teacher, student = nn.Linear(6, 4), nn.Linear(6, 4)
opt = torch.optim.SGD(student.parameters(), lr=0.1)
kd_sum = 0.0
for _ in range(3):
    x, y = torch.randn(5, 6), torch.randint(0, 4, (5,))
    with torch.no_grad():
        soft = torch.softmax(teacher(x) / 2.0, dim=1)
    logits = student(x)
    kd = nn.functional.kl_div(torch.log_softmax(logits / 2.0, dim=1), soft, reduction="batchmean")
    loss = nn.functional.cross_entropy(logits, y) + kd
    opt.zero_grad()
    loss.backward()
    opt.step()
    kd_sum += kd  # expect: AGL012
print(kd_sum)
