import torch as T

a = T.randn(3, requires_grad=True)
b = T.randn(2, 2, requires_grad=True)
ya, yb = a * 3, b.exp()
T.autograd.backward([ya, yb], [T.ones(3), T.ones(2, 2)])
print(a.grad, b.grad)
