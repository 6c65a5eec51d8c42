import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1))
opt = torch.optim.SGD(net.parameters(), lr=0.1)
batches = [(torch.randn(n, 2), torch.randn(n, 1)) for n in (3, 5, 2)]
total, seen = 0.0, 0
for inputs, targets in batches:
    opt.zero_grad()
    loss = nn.functional.mse_loss(net(inputs), targets)
    loss.backward()
    opt.step()
    total += loss * inputs.size(0)  # expect: AGL012
    seen += inputs.size(0)
print(total / seen)
