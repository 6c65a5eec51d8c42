import torch
from torch import nn

layer = nn.Linear(3, 2).double()
x = torch.randn(4, 3, dtype=torch.float64, requires_grad=True)
ok = torch.autograd.gradcheck(layer, (x,))
print("passed" if ok else "failed")
