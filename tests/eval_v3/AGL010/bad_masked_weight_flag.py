import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(6, 6)
mask = (torch.rand(6, 6) > 0.5).float()
masked_weight = layer.weight * mask
masked_weight.requires_grad_(False)  # expect: AGL010
out = torch.randn(2, 6) @ masked_weight.t()
print(out.shape)
