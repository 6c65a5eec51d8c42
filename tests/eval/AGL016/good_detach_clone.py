import torch

x = torch.randn(3)
w = x.detach().clone().requires_grad_(True)
print(w)
