import torch
import torch.nn as nn

torch.manual_seed(30)
model = nn.Linear(4, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
opt.zero_grad()
model(torch.randn(6, 4)).pow(2).mean().backward()
for p in model.parameters():
    p.grad.data.clamp_(-0.5, 0.5)
opt.step()
