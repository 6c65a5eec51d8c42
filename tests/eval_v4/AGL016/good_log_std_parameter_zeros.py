"""Policy log-std as nn.Parameter(torch.zeros(2))."""
import torch
from torch import nn


class GaussianPolicy(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.mu = nn.Linear(3, 2)
        self.log_std = nn.Parameter(torch.zeros(2))

    def forward(self, obs):
        return torch.distributions.Normal(self.mu(obs), self.log_std.exp())


torch.manual_seed(13)
dist = GaussianPolicy()(torch.randn(4, 3))
dist.log_prob(dist.sample()).sum().backward()
