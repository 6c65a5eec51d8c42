import torch
from torch import nn

torch.manual_seed(0)
trunk = nn.Sequential(nn.Linear(10, 16), nn.ReLU())
cls_head = nn.Linear(16, 4)
box_head = nn.Linear(16, 2)
params = [*trunk.parameters(), *cls_head.parameters(), *box_head.parameters()]
opt = torch.optim.Adam(params, lr=1e-3)

x = torch.randn(6, 10)
features = trunk(x)
cls_loss = nn.functional.cross_entropy(cls_head(features), torch.randint(0, 4, (6,)))
box_loss = nn.functional.l1_loss(box_head(features), torch.randn(6, 2))
opt.zero_grad()
cls_loss.backward()
box_loss.backward()  # expect: AGL007
opt.step()
