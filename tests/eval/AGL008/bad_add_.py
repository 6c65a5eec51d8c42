import torch as T

w = T.zeros(4, requires_grad=True)
w.add_(1.0)  # expect: AGL008
print(w)
