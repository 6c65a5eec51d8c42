import torch

x = torch.randn(3)
w = torch.tensor(x, requires_grad=True)  # expect: AGL016
print(w)
