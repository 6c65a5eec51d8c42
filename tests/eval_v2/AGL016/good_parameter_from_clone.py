import torch
import torch.nn as nn

torch.manual_seed(0)

pretrained = nn.Linear(4, 4)
delta = nn.Parameter(pretrained.weight.detach().clone())
out = torch.randn(2, 4) @ delta.t() + pretrained.bias
out.sum().backward()
print(delta.grad.shape)
