import torch
from torch import nn

enc = nn.Linear(4, 2)
feats = enc(torch.randn(3, 4))
leaf = torch.tensor(feats, requires_grad=True)  # expect: AGL016
leaf.sum().backward()
print(enc.weight.grad)
