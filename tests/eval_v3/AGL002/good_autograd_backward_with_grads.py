import torch
from torch import nn

torch.manual_seed(0)
encoder = nn.Linear(3, 4)
h = encoder(torch.randn(2, 3))
a = h[:, :2]
b = h[:, 2:]
torch.autograd.backward([a, b], [torch.ones_like(a), 0.5 * torch.ones_like(b)])
print(encoder.weight.grad)
