import torch
from torch import nn

model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(2):
    opt.zero_grad()
    loss = 0
    for chunk in torch.randn(4, 2, 3):
        loss += model(chunk).pow(2).mean() / 4
    loss.backward()
    opt.step()
