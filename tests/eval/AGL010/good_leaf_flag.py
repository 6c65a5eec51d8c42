import torch

w = torch.randn(3, requires_grad=True)
w.requires_grad = False
w.requires_grad_(True)
print(w.is_leaf, w.requires_grad)
