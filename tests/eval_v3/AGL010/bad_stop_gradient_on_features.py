import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(8, 16), nn.ReLU())
head = nn.Linear(16, 2)
opt = torch.optim.SGD(head.parameters(), lr=0.1)
x, y = torch.randn(4, 8), torch.randint(0, 2, (4,))
features = backbone(x)
features.requires_grad = False  # expect: AGL010
opt.zero_grad()
nn.functional.cross_entropy(head(features), y).backward()
opt.step()
