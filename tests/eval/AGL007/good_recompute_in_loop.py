import torch as T

w = T.randn(3, requires_grad=True)
for _ in range(2):
    loss = (w.sigmoid() * T.arange(3.0)).sum()
    loss.backward()
print(w.grad)
