import torch
import torch.nn as nn

torch.manual_seed(1)
u = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))
t = torch.arange(0, 10, requires_grad=True)  # expect: AGL005
out = u(t.unsqueeze(1) / 10)
