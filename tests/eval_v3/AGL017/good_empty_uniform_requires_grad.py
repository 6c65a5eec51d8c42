import torch
from torch import nn

torch.manual_seed(0)
codebook = torch.empty(8, 4).uniform_(-1.0, 1.0).requires_grad_()
encoder = nn.Linear(6, 4)
z = encoder(torch.randn(5, 6))
torch.cdist(z, codebook).min(dim=1).values.mean().backward()
print(codebook.grad.abs().sum() > 0)
