import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(5, 16), nn.Tanh(), nn.Linear(16, 1))
opt = torch.optim.SGD(net.parameters(), lr=0.05)
loader = [(torch.randn(4, 5), torch.randn(4, 1)) for _ in range(3)]

for epoch in range(2):
    opt.zero_grad()
    running = 0.0
    for inputs, targets in loader:
        loss = nn.functional.mse_loss(net(inputs), targets)
        loss.backward()  # expect: AGL003
        opt.step()
        running += loss.item()
    print(epoch, running / len(loader))
