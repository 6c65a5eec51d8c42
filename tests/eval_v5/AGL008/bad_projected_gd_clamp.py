import torch
import torch.nn as nn

torch.manual_seed(5)
rates = nn.Parameter(torch.rand(3))
opt = torch.optim.SGD([rates], lr=0.5)
t = torch.linspace(0, 1, 10)
observed = torch.exp(-0.7 * t)
opt.zero_grad()
pred = torch.exp(-rates[:, None] * t).mean(0)
(pred - observed).pow(2).sum().backward()
opt.step()
rates.clamp_(min=0.0)  # expect: AGL008
