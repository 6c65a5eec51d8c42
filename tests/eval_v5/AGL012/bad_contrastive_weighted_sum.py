import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(9)
enc = nn.Linear(10, 6)
opt = torch.optim.SGD(enc.parameters(), lr=0.1)
seen, loss_sum = 0, 0.0
for batch_size in (4, 6, 8):
    x = torch.randn(batch_size, 10)
    za = F.normalize(enc(x + 0.1), dim=1)
    zb = F.normalize(enc(x - 0.1), dim=1)
    loss = F.cross_entropy(za @ zb.T / 0.5, torch.arange(batch_size))
    opt.zero_grad()
    loss.backward()
    opt.step()
    loss_sum += loss * batch_size  # expect: AGL012
    seen += batch_size
