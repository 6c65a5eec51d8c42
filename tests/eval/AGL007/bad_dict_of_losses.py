import torch
from torch import nn

encoder = nn.Linear(4, 4)
x = torch.randn(3, 4)
z = torch.tanh(encoder(x))
losses = {"l2": z.pow(2).mean(), "l1": z.abs().mean()}
for name, value in losses.items():
    value.backward()  # expect: AGL007
    print(name, encoder.weight.grad.norm())
