"""Two task heads on a shared trunk, each loss backpropagated on its own."""
import torch
from torch import nn

torch.manual_seed(4)
trunk = nn.Sequential(nn.Linear(6, 8), nn.ReLU())
cls_head, reg_head = nn.Linear(8, 3), nn.Linear(8, 1)
params = [*trunk.parameters(), *cls_head.parameters(), *reg_head.parameters()]
opt = torch.optim.Adam(params, lr=1e-3)
x = torch.randn(4, 6)
opt.zero_grad()
h = trunk(x)
cls_loss = nn.functional.cross_entropy(cls_head(h), torch.randint(0, 3, (4,)))
reg_loss = nn.functional.mse_loss(reg_head(h), torch.randn(4, 1))
cls_loss.backward()
reg_loss.backward()  # expect: AGL007
opt.step()
