"""Double-precision PINN whose unknown coefficient is cast after requires_grad."""
import torch
from torch import nn

torch.manual_seed(11)
net = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1)).double()
decay_rate = torch.tensor([0.5], requires_grad=True).double()  # expect: AGL013
opt = torch.optim.LBFGS([*net.parameters(), decay_rate], max_iter=3)
