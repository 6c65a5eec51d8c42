import torch
from torch import nn

encoder = nn.Linear(4, 4)
encoder.requires_grad_(False)
out = encoder(torch.randn(1, 4))
print(out.requires_grad)
