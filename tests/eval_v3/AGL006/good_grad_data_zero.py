import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(3):
    for p in model.parameters():
        if p.grad is not None:
            p.grad.data.zero_()
    nn.functional.mse_loss(model(torch.randn(5, 4)), torch.randn(5, 2)).backward()
    opt.step()
