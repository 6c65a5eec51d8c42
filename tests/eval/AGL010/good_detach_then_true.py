import torch
from torch import nn

model = nn.Linear(3, 3)
out = model(torch.randn(2, 3)).detach()
out.requires_grad = True
out.pow(2).sum().backward()
print(out.grad)
