import torch

torch.manual_seed(0)
nonneg = torch.randn(4, 4, requires_grad=True)
torch.relu_(nonneg)  # expect: AGL008
out = torch.randn(2, 4) @ nonneg
out.sum().backward()
