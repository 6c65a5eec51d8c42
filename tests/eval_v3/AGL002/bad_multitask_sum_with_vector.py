import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
shared = nn.Linear(6, 8)
cls_head, reg_head = nn.Linear(8, 3), nn.Linear(8, 1)
x = torch.randn(5, 6)
labels = torch.randint(0, 3, (5,))
targets = torch.randn(5, 1)

h = torch.relu(shared(x))
cls_loss = F.cross_entropy(cls_head(h), labels)
reg_loss = F.smooth_l1_loss(reg_head(h), targets, reduction="none")
total = cls_loss + 0.5 * reg_loss
total.backward()  # expect: AGL002
