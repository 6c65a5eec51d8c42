import torch
import torch.nn as nn

torch.manual_seed(47)
init = torch.randn(3, 2).to(torch.float64)
weight = nn.Parameter(init)
opt = torch.optim.SGD([weight], lr=0.1)
opt.zero_grad()
weight.sum().backward()
opt.step()
