import torch as T

a = T.ones(2, requires_grad=True)
b = a.sum()
b.requires_grad_(False)  # expect: AGL010
