import torch
from torch import nn

torch.manual_seed(0)
codebook = torch.empty(8, 4).requires_grad_()  # expect: AGL017
encoder = nn.Linear(6, 4)
z = encoder(torch.randn(5, 6))
dists = torch.cdist(z, codebook)
loss = dists.min(dim=1).values.mean()
loss.backward()
