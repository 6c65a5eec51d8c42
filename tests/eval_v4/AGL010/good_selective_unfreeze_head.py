"""Fine-tuning: all parameters frozen, then the last layer unfrozen."""
import torch
from torch import nn

torch.manual_seed(12)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
model.requires_grad_(False)
model[2].weight.requires_grad = True
model[2].bias.requires_grad_(True)
opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
opt.zero_grad()
model(torch.randn(2, 4)).sum().backward()
opt.step()
