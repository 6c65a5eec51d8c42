import torch

x = torch.randn(3, requires_grad=True)
y = x * 2
if y.requires_grad:
    print("y is part of the graph")
z = y.detach()
z.requires_grad_(True)
print(z.is_leaf)
