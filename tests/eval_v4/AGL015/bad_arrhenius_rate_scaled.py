"""Kinetics model: Arrhenius rate from exp, then scaled in place by a temperature factor."""
import torch
from torch import nn


class Kinetics(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.log_a = nn.Parameter(torch.tensor(0.5))
        self.activation = nn.Parameter(torch.tensor(1.2))

    def forward(self, temperature):
        rate = torch.exp(self.log_a - self.activation / temperature)
        rate *= temperature / 300.0  # expect: AGL015
        return rate


torch.manual_seed(13)
model = Kinetics()
temps = torch.linspace(280.0, 320.0, 5)
((model(temps) - 0.3) ** 2).mean().backward()
