import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(6, 6), nn.ReLU(), nn.Linear(6, 2))
for p in model.parameters():
    p.requires_grad = False
head_params = list(model[2].parameters())
x, y = torch.randn(4, 6), torch.tensor([0, 1, 1, 0])
loss = nn.functional.cross_entropy(model(x), y)
loss.backward()  # expect: AGL011
