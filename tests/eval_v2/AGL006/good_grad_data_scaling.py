import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(4, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
accum = 4
opt.zero_grad()
model(torch.randn(3, 4)).sum().backward()
for p in model.parameters():
    p.grad.data.mul_(1.0 / accum)
opt.step()
