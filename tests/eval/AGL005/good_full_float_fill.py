import torch

bias = torch.full((2, 2), 7.0, requires_grad=True)
print(bias)
