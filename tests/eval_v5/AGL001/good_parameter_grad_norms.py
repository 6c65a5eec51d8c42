import torch
import torch.nn as nn

torch.manual_seed(12)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
model(torch.randn(6, 4)).mean().backward()
norms = {name: p.grad.norm().item() for name, p in model.named_parameters()}
print(norms)
