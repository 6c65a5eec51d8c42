import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1))
opt = torch.optim.SGD(net.parameters(), lr=0.1)
total, seen = 0.0, 0
for n in (3, 5, 2):
    inputs, targets = torch.randn(n, 2), torch.randn(n, 1)
    opt.zero_grad()
    loss = nn.functional.mse_loss(net(inputs), targets)
    loss.backward()
    opt.step()
    total += loss.item() * inputs.size(0)
    seen += inputs.size(0)
print(total / seen)
