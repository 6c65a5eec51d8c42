import torch as T

a = T.ones(2, 2, dtype=T.float64, requires_grad=True)
b = (a * a).sum()
b.backward()
if a.grad is None:
    print("no gradient for a")
else:
    print(a.grad)
