import torch
import torch.nn as nn

net = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 2))
optimizer = torch.optim.Adam(net.parameters())
criterion = nn.CrossEntropyLoss()
running_loss = 0.0
for step in range(4):
    optimizer.zero_grad()
    loss = criterion(net(torch.randn(6, 3)), torch.randint(0, 2, (6,)))
    loss.backward()
    optimizer.step()
    running_loss = running_loss + loss  # expect: AGL012
    if step % 2 == 1:
        print(running_loss / 2)
