"""A code computed by a frozen encoder is a leaf; flagging it is allowed."""
import torch
from torch import nn

torch.manual_seed(13)
encoder = nn.Linear(6, 3).requires_grad_(False)
decoder = nn.Linear(3, 6)
target = torch.randn(1, 6)
z = encoder(target)
z.requires_grad = True
((decoder(z) - target) ** 2).mean().backward()
print(z.grad)
