import torch
import torch.nn as nn

torch.manual_seed(1)
net = nn.Sequential(nn.Linear(6, 10), nn.ReLU(), nn.Linear(10, 3))
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
batches = [(torch.randn(5, 6), torch.randint(0, 3, (5,))) for _ in range(4)]
epoch_loss = 0
for x, y in batches:
    opt.zero_grad()
    loss = nn.functional.cross_entropy(net(x), y)
    loss.backward()
    opt.step()
    epoch_loss = epoch_loss + float(loss)
print("epoch", epoch_loss)
