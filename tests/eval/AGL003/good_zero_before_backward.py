import torch
from torch import nn, optim

model = nn.Linear(3, 1)
opt = optim.SGD(model.parameters(), lr=0.01)
data = [(torch.randn(8, 3), torch.randn(8, 1)) for _ in range(4)]
for _epoch in range(2):
    for x, y in data:
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
