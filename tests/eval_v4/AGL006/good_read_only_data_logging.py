"""Weight statistics logged through read-only .data uses."""
import torch
from torch import nn

torch.manual_seed(5)
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
stats = {}
for name, p in model.named_parameters():
    stats[name] = (p.data.norm().item(), p.data.abs().max().item())
snapshot = model[0].weight.data.clone()
print(stats, snapshot.shape)
