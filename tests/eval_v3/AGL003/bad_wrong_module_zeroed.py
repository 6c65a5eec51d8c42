import torch
from torch import nn

torch.manual_seed(0)
teacher = nn.Linear(6, 3)
student = nn.Linear(6, 3)
for p in teacher.parameters():
    p.requires_grad_(False)
opt = torch.optim.SGD(student.parameters(), lr=0.1)

for _it in range(3):
    x = torch.randn(4, 6)
    teacher.zero_grad()
    soft = torch.softmax(teacher(x) / 2.0, dim=-1)
    log_p = torch.log_softmax(student(x) / 2.0, dim=-1)
    loss = nn.functional.kl_div(log_p, soft, reduction="batchmean")
    loss.backward()  # expect: AGL003
    opt.step()
