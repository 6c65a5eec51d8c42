import torch
import torch.nn as nn

net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
criterion = nn.CrossEntropyLoss()
optimizer.zero_grad()
for step in range(5):
    x = torch.randn(16, 4)
    y = torch.randint(0, 2, (16,))
    loss = criterion(net(x), y)
    loss.backward()  # expect: AGL003
    optimizer.step()
    print(step, loss.item())
