import torch as T

w = T.rand(3, requires_grad=True)
z = w.exp()
z.requires_grad_(True)
z.sum().backward()
print(w.grad)
