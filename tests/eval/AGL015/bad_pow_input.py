import torch as T

w = T.randn(3, requires_grad=True)
z = w * 3
y = z.pow(2)
z += 1  # expect: AGL015
(y + z).sum().backward()
