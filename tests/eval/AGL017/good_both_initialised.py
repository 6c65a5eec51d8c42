import torch
from torch import nn

w_in = torch.empty(4, 8, requires_grad=True)
w_out = torch.empty(8, 1, requires_grad=True)
nn.init.xavier_normal_(w_in)
nn.init.xavier_normal_(w_out)
x = torch.randn(5, 4)
loss = torch.relu(x @ w_in) @ w_out
loss.mean().backward()
