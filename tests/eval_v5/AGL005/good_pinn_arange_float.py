import torch
import torch.nn as nn

torch.manual_seed(1)
u = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))
t = torch.arange(0, 10, dtype=torch.float32, requires_grad=True)
out = u(t.unsqueeze(1) / 10)
torch.autograd.grad(out.sum(), t)
