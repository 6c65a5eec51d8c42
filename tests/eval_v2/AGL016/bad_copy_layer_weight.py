import torch
import torch.nn as nn

torch.manual_seed(0)

pretrained = nn.Linear(4, 4)
delta = torch.tensor(pretrained.weight, requires_grad=True)  # expect: AGL016
x = torch.randn(2, 4)
out = x @ delta.t() + pretrained.bias
out.sum().backward()
print(delta.grad is not None)
