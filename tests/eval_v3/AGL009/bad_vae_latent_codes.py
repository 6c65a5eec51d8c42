import numpy as np
import torch
from torch import nn


class VAE(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Linear(10, 4)

    def encode(self, x):
        mu, logvar = self.enc(x).chunk(2, dim=-1)
        return mu, logvar


torch.manual_seed(0)
vae = VAE()
mu, _ = vae.encode(torch.randn(6, 10))
codes = np.concatenate([mu.numpy(), np.zeros((6, 1))], axis=1)  # expect: AGL009
print(codes.shape)
