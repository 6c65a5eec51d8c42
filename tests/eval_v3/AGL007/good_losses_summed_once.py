import torch
from torch import nn

torch.manual_seed(0)
trunk = nn.Sequential(nn.Linear(10, 16), nn.ReLU())
cls_head, box_head = nn.Linear(16, 4), nn.Linear(16, 2)
features = trunk(torch.randn(6, 10))
cls_loss = nn.functional.cross_entropy(cls_head(features), torch.randint(0, 4, (6,)))
box_loss = nn.functional.l1_loss(box_head(features), torch.randn(6, 2))
total = cls_loss + 2.0 * box_loss
total.backward()
