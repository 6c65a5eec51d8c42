import torch

torch.manual_seed(0)

w = torch.randn(3, requires_grad=True)
scaled = w * 2.0
scaled.requires_grad_(True)
scaled.sum().backward()
print(w.grad)
