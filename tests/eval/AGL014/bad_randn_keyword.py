import torch

w = torch.randn(3, 3, require_grad=True)  # expect: AGL014
print(w)
