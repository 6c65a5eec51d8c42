import torch
from torch import nn

torch.manual_seed(0)
encoder = nn.Linear(6, 3)
batch = torch.randn(5, 6)
codes = encoder(batch)
codes.requires_grad_(False)  # expect: AGL010
print(codes.norm(dim=1))
