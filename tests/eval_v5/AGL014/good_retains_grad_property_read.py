import torch

torch.manual_seed(50)
x = torch.randn(3, requires_grad=True)
h = x * 2
h.retain_grad()
h.sum().backward()
print(h.retains_grad, h.grad)
