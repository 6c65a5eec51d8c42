import torch
from torch import nn

model = nn.Linear(3, 3)
out = model(torch.randn(2, 3))
out.requires_grad = True  # expect: AGL010
out.sum().backward()
