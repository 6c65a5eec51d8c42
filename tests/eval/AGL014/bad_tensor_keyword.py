import torch as T

bias = T.tensor([0.5, -0.5], require_grad=True)  # expect: AGL014
