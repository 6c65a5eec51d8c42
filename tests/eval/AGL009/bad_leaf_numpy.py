import torch

w = torch.randn(5, requires_grad=True)
arr = w.numpy()  # expect: AGL009
print(arr.mean())
