import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(4, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.05)

for step in range(4):
    out = model(torch.randn(3, 4))
    opt.zero_grad()
    if step % 2 == 0:
        out.pow(2).mean().backward()
    else:
        out.abs().mean().backward()
    opt.step()
