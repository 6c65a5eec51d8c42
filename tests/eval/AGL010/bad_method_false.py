import torch

x = torch.randn(4, 4, requires_grad=True)
y = x.mm(x)
y.requires_grad_(False)  # expect: AGL010
print(y)
