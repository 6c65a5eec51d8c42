"""Inverse PINN: the unknown wave speed is allocated with torch.empty."""
import torch
from torch import nn


class WavePINN(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 1))
        self.speed = nn.Parameter(torch.empty(1))  # expect: AGL017

    def residual(self, xt):
        u = self.net(xt)
        g = torch.autograd.grad(u, xt, torch.ones_like(u), create_graph=True)[0]
        return g[:, 1:] + self.speed * g[:, :1]


torch.manual_seed(13)
pinn = WavePINN()
xt = torch.rand(10, 2, requires_grad=True)
pinn.residual(xt).pow(2).mean().backward()
