import torch
import torch.nn as nn

torch.manual_seed(0)

net = nn.Linear(4, 2)
lr = 0.1
for _ in range(3):
    out = net(torch.randn(5, 4))
    loss = out.pow(2).mean()
    loss.backward()
    with torch.no_grad():
        for p in net.parameters():
            p -= lr * p.grad
    for p in net.parameters():
        if p.grad is not None:
            p.grad.zero_()
