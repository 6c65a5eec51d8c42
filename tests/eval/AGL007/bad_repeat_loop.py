import torch as T

w = T.randn(3, requires_grad=True)
loss = (w.sigmoid() * T.arange(3.0)).sum()
for _ in range(2):
    loss.backward()  # expect: AGL007
print(w.grad)
