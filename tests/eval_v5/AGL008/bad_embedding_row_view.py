import torch

torch.manual_seed(4)
table = torch.randn(8, 3, requires_grad=True)
pad_idx = 0
table[pad_idx] = 0.0  # expect: AGL008
