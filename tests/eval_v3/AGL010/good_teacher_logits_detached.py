import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
teacher = nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Linear(32, 5))
student = nn.Linear(10, 5)
opt = torch.optim.Adam(student.parameters(), lr=1e-3)
for _ in range(2):
    x = torch.randn(8, 10)
    teacher_logits = teacher(x).detach()
    loss = F.kl_div(F.log_softmax(student(x) / 2, -1), F.softmax(teacher_logits / 2, -1),
                    reduction="batchmean")
    opt.zero_grad()
    loss.backward()
    opt.step()
