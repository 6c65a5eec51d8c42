import torch
import torch.nn as nn

torch.manual_seed(0)

pretrained = torch.randn(10, 4)
table = nn.Parameter(torch.empty(10, 4))
with torch.no_grad():
    table.copy_(pretrained)
ids = torch.tensor([1, 3, 3, 9])
table[ids].sum().backward()
print(table.grad.sum(-1))
