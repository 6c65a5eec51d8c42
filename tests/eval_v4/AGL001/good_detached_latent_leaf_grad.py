"""Latent optimisation: a detached code made into a fresh leaf has a .grad."""
import torch
from torch import nn

torch.manual_seed(9)
encoder = nn.Linear(6, 3)
decoder = nn.Linear(3, 6)
target = torch.randn(2, 6)
z = encoder(target).detach().requires_grad_()
for _ in range(3):
    z.grad = None
    loss = ((decoder(z) - target) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        z -= 0.1 * z.grad
print(z.grad.norm())
