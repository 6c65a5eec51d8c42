import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(6, 2)
delta = torch.zeros(1, 6, requires_grad=True).to("cuda")  # expect: AGL013
x = torch.randn(1, 6)
loss = model(x + delta).sum()
loss.backward()
