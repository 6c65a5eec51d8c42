import torch as T

T.set_grad_enabled(False)
w = T.randn(3, requires_grad=True)
energy = (w * w).sum()
energy.backward()  # expect: AGL011
