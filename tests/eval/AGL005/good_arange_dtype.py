import torch as T

steps = T.arange(5, dtype=T.float32, requires_grad=True)
print(steps.sum())
