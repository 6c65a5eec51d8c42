import torch
import torch.nn as nn

trunk = nn.Sequential(nn.Linear(6, 6), nn.ReLU())
cls_head = nn.Linear(6, 3)
reg_head = nn.Linear(6, 1)
x = torch.randn(4, 6)
feats = trunk(x)
cls_loss = nn.functional.cross_entropy(cls_head(feats), torch.tensor([0, 1, 2, 0]))
reg_loss = reg_head(feats).pow(2).mean()
cls_loss.backward()
reg_loss.backward()  # expect: AGL007
