import torch

W = torch.empty(2, 3, dtype=torch.float64, requires_grad=True)  # expect: AGL017
out = W @ torch.ones(3, dtype=torch.float64)
out.sum().backward()
