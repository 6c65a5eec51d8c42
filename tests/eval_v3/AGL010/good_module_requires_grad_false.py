import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Conv1d(2, 4, 3)
backbone.requires_grad_(False)
probe = nn.Linear(4, 3)
opt = torch.optim.SGD(probe.parameters(), lr=0.1)
for _ in range(2):
    feats = backbone(torch.randn(5, 2, 10)).mean(-1)
    opt.zero_grad()
    nn.functional.cross_entropy(probe(feats), torch.randint(0, 3, (5,))).backward()
    opt.step()
