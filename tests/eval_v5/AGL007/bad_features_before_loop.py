import torch
import torch.nn as nn

torch.manual_seed(4)
backbone = nn.Sequential(nn.Linear(10, 16), nn.Tanh())
probe = nn.Linear(16, 2)
opt = torch.optim.SGD(list(backbone.parameters()) + list(probe.parameters()), lr=0.1)
x = torch.randn(12, 10)
y = torch.randint(0, 2, (12,))

features = backbone(x)
for _epoch in range(3):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(probe(features), y)
    loss.backward()  # expect: AGL007
    opt.step()
