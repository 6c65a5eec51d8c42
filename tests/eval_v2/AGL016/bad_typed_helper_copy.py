import torch
import torch.nn as nn


def make_latent(z0: torch.Tensor) -> torch.Tensor:
    return torch.tensor(z0, requires_grad=True)  # expect: AGL016


torch.manual_seed(0)
decoder = nn.Linear(2, 5)
z = make_latent(torch.randn(3, 2))
decoder(z).pow(2).mean().backward()
print(z.grad.shape)
