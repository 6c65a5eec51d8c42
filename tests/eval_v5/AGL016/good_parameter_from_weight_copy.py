import torch
import torch.nn as nn

torch.manual_seed(2)
pretrained = nn.Linear(4, 4)
adapter = nn.Parameter(pretrained.weight.detach().clone())
(torch.randn(2, 4) @ adapter).sum().backward()
