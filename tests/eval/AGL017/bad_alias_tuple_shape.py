import torch as T

A = T.empty((4, 4), requires_grad=True)  # expect: AGL017
v = T.randn(4)
(A @ v).pow(2).sum().backward()
