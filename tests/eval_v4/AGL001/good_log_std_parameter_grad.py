"""Gaussian policy with log-std as an nn.Parameter of the right shape."""
import torch
from torch import nn


class Policy(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.mu = nn.Linear(3, 2)
        self.log_std = nn.Parameter(torch.zeros(1, 2))

    def forward(self, obs):
        return torch.distributions.Normal(self.mu(obs), self.log_std.exp())


torch.manual_seed(10)
policy = Policy()
dist = policy(torch.randn(5, 3))
loss = -dist.log_prob(dist.sample()).sum(dim=1).mean()
loss.backward()
print(policy.log_std.grad)
