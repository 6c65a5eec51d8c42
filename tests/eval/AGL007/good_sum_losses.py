import torch
from torch import nn

encoder = nn.Linear(4, 4)
x = torch.randn(3, 4)
z = torch.tanh(encoder(x))
losses = {"l2": z.pow(2).mean(), "l1": z.abs().mean()}
total = sum(losses.values())
total.backward()
print(encoder.weight.grad.norm())
