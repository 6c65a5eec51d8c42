import torch
from torch import nn

torch.manual_seed(0)
rate_net = nn.Linear(3, 1)
x = torch.randn(8, 3)
counts = torch.poisson(torch.full((8, 1), 2.0))
log_rates = rate_net(x)
log_rates.clamp_(max=9.0)
rates = torch.exp(log_rates)
nll = (rates - counts * log_rates).mean()
nll.backward()
