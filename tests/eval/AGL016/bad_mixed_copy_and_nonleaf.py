import torch

x = torch.rand(4)
w = torch.tensor(x, requires_grad=True)  # expect: AGL016
h = w.sigmoid()
h.sum().backward()
print(w.grad, h.grad)  # expect: AGL001
