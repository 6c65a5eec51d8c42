"""Inverse PINN: a learnable diffusivity kept positive through .data."""
import torch
from torch import nn


class HeatPINN(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 1))
        self.diffusivity = nn.Parameter(torch.tensor(-0.5))

    def residual(self, xt):
        u = self.net(xt)
        g = torch.autograd.grad(u, xt, torch.ones_like(u), create_graph=True)[0]
        u_x, u_t = g[:, :1], g[:, 1:]
        u_xx = torch.autograd.grad(u_x, xt, torch.ones_like(u_x), create_graph=True)[0][:, :1]
        return u_t - self.diffusivity * u_xx


torch.manual_seed(13)
pinn = HeatPINN()
opt = torch.optim.Adam(pinn.parameters(), lr=1e-3)
xt = torch.rand(16, 2, requires_grad=True)
opt.zero_grad()
pinn.residual(xt).pow(2).mean().backward()
opt.step()
pinn.diffusivity.data.clamp_(min=1e-3)  # expect: AGL006
