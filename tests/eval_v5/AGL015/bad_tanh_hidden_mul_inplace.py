import torch

torch.manual_seed(3)
w = torch.randn(4, 4, requires_grad=True)
x = torch.randn(2, 4)
h = torch.tanh(x @ w)
h.mul_(0.5)  # expect: AGL015
h.pow(2).sum().backward()
