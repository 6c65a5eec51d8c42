"""Gaussian policy whose log-std was reshaped right after creation."""
import torch

torch.manual_seed(6)
mu_layer = torch.nn.Linear(3, 2)
log_std = torch.zeros(2, requires_grad=True).view(1, 2)
obs = torch.randn(5, 3)
dist = torch.distributions.Normal(mu_layer(obs), log_std.exp())
actions = dist.sample()
loss = -dist.log_prob(actions).sum(dim=1).mean()
loss.backward()
if log_std.grad is None:  # expect: AGL001
    print("log_std did not learn")
