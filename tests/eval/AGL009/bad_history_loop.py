import torch
from torch import nn

model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
history = []
for _ in range(3):
    opt.zero_grad()
    loss = model(torch.randn(8, 2)).pow(2).mean()
    loss.backward()
    opt.step()
    history.append(loss.numpy())  # expect: AGL009
