import torch as T

w = T.randn(4, 4, requires_grad=True)
out = w @ T.randn(4, 2)
T.autograd.backward(out)  # expect: AGL002
