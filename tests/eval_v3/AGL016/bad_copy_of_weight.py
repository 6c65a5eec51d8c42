import torch
from torch import nn

torch.manual_seed(0)
pretrained = nn.Linear(4, 4)
adapted = torch.tensor(pretrained.weight, requires_grad=True)  # expect: AGL016
x = torch.randn(3, 4)
(x @ adapted.t()).pow(2).mean().backward()
