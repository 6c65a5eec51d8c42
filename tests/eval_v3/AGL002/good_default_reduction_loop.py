import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
criterion = nn.MSELoss()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for _epoch in range(3):
    for _ in range(2):
        x, y = torch.randn(6, 4), torch.randn(6, 1)
        opt.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        opt.step()
