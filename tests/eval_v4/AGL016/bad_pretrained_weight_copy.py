"""Starting a probe from a pretrained layer's weight via torch.tensor()."""
import torch
from torch import nn

torch.manual_seed(1)
pretrained = nn.Linear(6, 3)
w = torch.tensor(pretrained.weight, requires_grad=True)  # expect: AGL016
x = torch.randn(4, 6)
(x @ w.t()).pow(2).mean().backward()
