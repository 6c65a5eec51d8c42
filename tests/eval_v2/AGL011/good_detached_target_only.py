import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

online = nn.Linear(6, 4)
target = nn.Linear(6, 4)
opt = torch.optim.SGD(online.parameters(), lr=0.1)
x = torch.randn(5, 6)
with torch.no_grad():
    t = F.normalize(target(x), dim=-1)
p = F.normalize(online(x), dim=-1)
loss = 2 - 2 * (p * t.detach()).sum(-1).mean()
opt.zero_grad()
loss.backward()
opt.step()
