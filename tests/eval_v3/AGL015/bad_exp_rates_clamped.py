import torch
from torch import nn

torch.manual_seed(0)
rate_net = nn.Linear(3, 1)
x = torch.randn(8, 3)
counts = torch.poisson(torch.full((8, 1), 2.0))
rates = torch.exp(rate_net(x))
rates.clamp_(max=1e4)  # expect: AGL015
nll = (rates - counts * torch.log(rates)).mean()
nll.backward()
