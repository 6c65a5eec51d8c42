import torch
import torch.nn as nn

torch.manual_seed(2)
pretrained = nn.Linear(4, 4)
adapter = torch.tensor(pretrained.weight, requires_grad=True)  # expect: AGL016
(torch.randn(2, 4) @ adapter).sum().backward()
