import torch
from torch import nn

src = nn.Linear(4, 4)
dst = nn.Linear(4, 4)
with torch.no_grad():
    dst.weight.copy_(src.weight)
    dst.bias.zero_()
print(torch.equal(dst.weight.data, src.weight.data))
