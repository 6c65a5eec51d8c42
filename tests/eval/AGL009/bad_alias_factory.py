import torch as T

init = T.randn(2, 2, requires_grad=True).numpy()  # expect: AGL009
print(init)
