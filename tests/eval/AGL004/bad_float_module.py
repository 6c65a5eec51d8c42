import torch
from torch import nn

layer = nn.Linear(3, 2)
x = torch.randn(4, 3, requires_grad=True)
ok = torch.autograd.gradcheck(layer, (x,), raise_exception=False)  # expect: AGL004
print("passed" if ok else "failed")
