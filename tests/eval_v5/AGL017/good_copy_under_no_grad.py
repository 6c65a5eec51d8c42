import torch
import torch.nn as nn

torch.manual_seed(11)
pretrained = torch.randn(6, 3)
table = nn.Parameter(torch.empty(6, 3))
with torch.no_grad():
    table.copy_(pretrained)
ids = torch.tensor([0, 2, 5])
nn.functional.embedding(ids, table).sum().backward()
