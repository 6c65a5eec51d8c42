import torch
from torch import tensor

bias = tensor(torch.ones(2), requires_grad=True)  # expect: AGL016
print(bias)
