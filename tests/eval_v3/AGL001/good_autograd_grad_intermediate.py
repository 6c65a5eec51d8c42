import torch
from torch import nn

torch.manual_seed(0)
encoder = nn.Linear(4, 6)
decoder = nn.Linear(6, 1)
x = torch.randn(3, 4)
hidden = torch.tanh(encoder(x))
out = decoder(hidden).sum()
(d_hidden,) = torch.autograd.grad(out, hidden)
print("grad wrt hidden:", d_hidden.shape)
