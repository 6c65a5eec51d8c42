import torch
import torch.nn as nn
from torch.autograd import gradcheck

torch.manual_seed(2)
layer = nn.Linear(3, 2).double()
x = torch.randn(4, 3, dtype=torch.float64, requires_grad=True)
assert gradcheck(layer, (x,))
