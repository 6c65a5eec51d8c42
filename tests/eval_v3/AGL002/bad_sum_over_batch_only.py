import torch
from torch import nn

torch.manual_seed(0)
decoder = nn.Linear(4, 6)
z = torch.randn(7, 4)
recon = torch.sigmoid(decoder(z))
target = torch.rand(7, 6)
bce = nn.functional.binary_cross_entropy(recon, target, reduction="none")
per_feature = bce.sum(dim=0)
per_feature.backward()  # expect: AGL002
