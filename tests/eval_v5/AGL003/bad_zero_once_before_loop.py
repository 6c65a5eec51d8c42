import torch
import torch.nn as nn

torch.manual_seed(1)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
data = torch.randn(6, 10, 4)
labels = torch.randint(0, 2, (6, 10))

opt.zero_grad()
for x, y in zip(data, labels, strict=True):
    loss = nn.functional.cross_entropy(net(x), y)
    loss.backward()  # expect: AGL003
    opt.step()
