"""Policy log-std created with torch.tensor(torch.zeros(...))."""
import torch
from torch import nn


class GaussianPolicy(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.mu = nn.Linear(3, 2)
        self.log_std = torch.tensor(torch.zeros(2), requires_grad=True)  # expect: AGL016

    def forward(self, obs):
        return torch.distributions.Normal(self.mu(obs), self.log_std.exp())


torch.manual_seed(13)
dist = GaussianPolicy()(torch.randn(4, 3))
print(dist.sample().shape)
