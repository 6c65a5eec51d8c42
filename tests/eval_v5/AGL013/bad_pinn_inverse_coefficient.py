import torch
import torch.nn as nn

torch.manual_seed(6)
u = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1)).double()
lam = torch.tensor([1.0], requires_grad=True).double()  # expect: AGL013
opt = torch.optim.Adam(list(u.parameters()) + [lam], lr=1e-3)
