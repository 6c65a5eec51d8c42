import torch
import torch.nn as nn

torch.manual_seed(11)
model = nn.Sequential(nn.Linear(4, 4), nn.Tanh(), nn.Linear(4, 1))
norms = [p.data.norm().item() for p in model.parameters()]
snapshot = model[0].weight.data.clone()
total = sum(p.data.sum().item() for p in model.parameters())
print(norms, snapshot.shape, total)
