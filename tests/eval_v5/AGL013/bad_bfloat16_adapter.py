import torch

torch.manual_seed(4)
adapter = torch.randn(8, 2, requires_grad=True).bfloat16()  # expect: AGL013
opt = torch.optim.AdamW([adapter], lr=1e-3)
