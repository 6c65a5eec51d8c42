import torch as T

steps = T.arange(5, requires_grad=True)  # expect: AGL005
print(steps.sum())
