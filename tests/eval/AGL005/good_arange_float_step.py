import torch

t = torch.arange(0, 1, 0.25, requires_grad=True)
print(t.dtype, (t ** 2).sum())
