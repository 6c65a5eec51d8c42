import torch
import torch.nn.functional as F
from torch import nn

conv = nn.Conv2d(1, 2, 3)
x = torch.randn(1, 1, 5, 5)
h = F.relu(conv(x), inplace=True)
h.mean().backward()
print(conv.weight.grad.shape)
