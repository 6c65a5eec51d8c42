import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(8, 8), nn.ReLU())
head = nn.Linear(8, 2)
for p in backbone.parameters():
    p.require_grad = False  # expect: AGL014
model = nn.Sequential(backbone, head)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
opt.zero_grad()
nn.functional.cross_entropy(model(torch.randn(4, 8)), torch.tensor([0, 1, 0, 1])).backward()
opt.step()
