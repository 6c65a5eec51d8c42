import torch as T

w = T.randn(2, 2, requires_grad=True)
w.requires_grad_(False)
print(w.numpy())
