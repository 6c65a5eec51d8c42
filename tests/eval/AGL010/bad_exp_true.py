import torch as T

w = T.rand(3, requires_grad=True)
z = w.exp()
z.requires_grad = True  # expect: AGL010
z.sum().backward()
