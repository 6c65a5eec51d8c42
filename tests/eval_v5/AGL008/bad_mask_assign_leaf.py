import torch

torch.manual_seed(83)
weights = torch.randn(5, 5, requires_grad=True)
mask = torch.rand(5, 5) < 0.3
weights[mask] = 0.0  # expect: AGL008
