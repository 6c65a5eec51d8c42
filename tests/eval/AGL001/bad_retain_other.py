import torch

a = torch.randn(4, requires_grad=True)
h = a * 2
h.retain_grad()
g = h + 1
g.pow(2).sum().backward()
print(h.grad)
print(g.grad)  # expect: AGL001
