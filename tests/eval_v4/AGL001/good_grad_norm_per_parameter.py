"""Per-parameter gradient norms logged from named_parameters()."""
import torch
from torch import nn

torch.manual_seed(6)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
loss = model(torch.randn(10, 4)).pow(2).mean()
loss.backward()
norms = {name: p.grad.norm().item() for name, p in model.named_parameters()}
print(norms)
