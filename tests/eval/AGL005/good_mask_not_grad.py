import torch

x = torch.randn(6, requires_grad=True)
mask = x.detach() > 0
out = (x * mask).sum()
out.backward()
print(mask.requires_grad, x.grad)
