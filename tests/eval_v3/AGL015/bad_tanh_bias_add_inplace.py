import torch

torch.manual_seed(0)
W = torch.randn(3, 4, requires_grad=True)
b = torch.randn(4, requires_grad=True)
x = torch.randn(6, 3)
h = torch.tanh(x @ W)
h.add_(b)  # expect: AGL015
h.pow(2).sum().backward()
