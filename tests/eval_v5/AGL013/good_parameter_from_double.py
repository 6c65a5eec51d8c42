import torch
import torch.nn as nn

torch.manual_seed(6)
lam = nn.Parameter(torch.tensor([1.0]).double())
opt = torch.optim.Adam([lam], lr=1e-3)
opt.zero_grad()
(lam ** 2).sum().backward()
opt.step()
