import torch as T

A = T.empty((4, 4), requires_grad=True)
with T.no_grad():
    A.normal_(0.0, 0.1)
v = T.randn(4)
(A @ v).pow(2).sum().backward()
