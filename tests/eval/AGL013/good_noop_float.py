import torch as T

scale = T.ones(5, requires_grad=True).float()
out = (scale * T.arange(5.0)).sum()
out.backward()
print("scale grad:", scale.grad)
