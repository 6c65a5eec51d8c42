import torch

w = torch.randn(5, requires_grad=True)
arr = w.numpy(force=True)
print(arr.mean())
