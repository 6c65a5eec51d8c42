import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
stats = {}
for name, p in model.named_parameters():
    stats[name] = (p.data.norm().item(), p.data.abs().max().item())
snapshot = [p.data.clone() for p in model.parameters()]
model(torch.randn(3, 4)).sum().backward()
print(stats, len(snapshot))
