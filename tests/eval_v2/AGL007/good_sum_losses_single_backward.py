import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

trunk = nn.Sequential(nn.Linear(10, 16), nn.ReLU())
seg, depth = nn.Linear(16, 3), nn.Linear(16, 1)
params = [*trunk.parameters(), *seg.parameters(), *depth.parameters()]
opt = torch.optim.Adam(params, lr=1e-3)
h = trunk(torch.randn(6, 10))
seg_loss = F.cross_entropy(seg(h), torch.randint(0, 3, (6,)))
depth_loss = F.l1_loss(depth(h), torch.rand(6, 1))
opt.zero_grad()
(seg_loss + 0.5 * depth_loss).backward()
opt.step()
