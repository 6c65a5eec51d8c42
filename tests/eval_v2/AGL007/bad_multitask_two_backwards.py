import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class MultiTask(nn.Module):
    def __init__(self):
        super().__init__()
        self.trunk = nn.Sequential(nn.Linear(10, 16), nn.ReLU())
        self.seg = nn.Linear(16, 3)
        self.depth = nn.Linear(16, 1)

    def forward(self, x):
        h = self.trunk(x)
        return self.seg(h), self.depth(h)


net = MultiTask()
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
x = torch.randn(6, 10)
seg_logits, depth = net(x)
seg_loss = F.cross_entropy(seg_logits, torch.randint(0, 3, (6,)))
depth_loss = F.l1_loss(depth, torch.rand(6, 1))
opt.zero_grad()
seg_loss.backward()
depth_loss.backward()  # expect: AGL007
opt.step()
