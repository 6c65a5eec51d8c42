import torch
from torch.autograd import backward as run_backward

x = torch.randn(5, requires_grad=True)
energy = (x.exp() * x).sum()
run_backward(energy)
run_backward(energy)  # expect: AGL007
