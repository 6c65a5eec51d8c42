import torch
from torch.autograd import gradcheck

torch.manual_seed(0)
x = torch.randn(4)
x64 = torch.tensor(x, dtype=torch.float64, requires_grad=True)  # expect: AGL016
print(gradcheck(torch.tanh, (x64,)))
