import torch
from torch import nn

model = nn.Sequential(nn.Linear(5, 5), nn.Tanh())
with torch.no_grad():
    baseline = model(torch.ones(1, 5))
for p in model.parameters():
    p.data.add_(torch.randn_like(p) * 0.01)  # expect: AGL006
print(model(torch.ones(1, 5)) - baseline)
