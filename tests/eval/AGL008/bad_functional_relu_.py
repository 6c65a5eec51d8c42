import torch

w = torch.randn(5, requires_grad=True)
torch.relu_(w)  # expect: AGL008
print(w)
