import torch
from torch import nn

torch.manual_seed(0)
vae_dec = nn.Linear(3, 6)
mu = torch.randn(4, 3, requires_grad=True)
eps = torch.empty_like(mu).normal_()
z = mu + 0.1 * eps
vae_dec(z).pow(2).mean().backward()
print(mu.grad.shape)
