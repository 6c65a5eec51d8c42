import torch
from torch.autograd import grad

x = torch.randn(6, 2, requires_grad=True)
hidden = torch.tanh(x @ torch.randn(2, 3))
out = hidden.pow(2).sum()
(g_hidden,) = grad(out, hidden)
print(g_hidden.shape)
