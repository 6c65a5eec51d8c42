import torch as T

a = T.ones(2, 2, requires_grad=True) * 0.5
b = (a * a).sum()
b.backward()
if a.grad is None:  # expect: AGL001
    print("no gradient for a")
