import torch
import torch.nn as nn

torch.manual_seed(9)
net = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))
x = torch.rand(10, 1)
residuals = [float(v) for v in (net(x) - torch.sin(x)).squeeze(1)]
loss = torch.tensor(residuals).pow(2).mean()
loss.backward()  # expect: AGL011
