import torch
from torch import nn

net = nn.Linear(2, 2)
with torch.inference_mode():
    out = net(torch.randn(3, 2))
    loss = out.pow(2).sum()
loss.backward()  # expect: AGL011
