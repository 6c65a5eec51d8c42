import torch

bias = torch.ones(4, dtype=torch.int64, requires_grad=True)  # expect: AGL005
print(bias)
