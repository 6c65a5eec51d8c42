import torch
from torch import empty, nn

b = nn.Parameter(empty(8))  # expect: AGL017
opt = torch.optim.SGD([b], lr=0.1)
opt.zero_grad()
(b * torch.randn(8)).sum().backward()
opt.step()
