"""A hand-written update over model.parameters() outside no_grad."""
import torch
from torch import nn


def sgd_step(model: nn.Module, lr: float) -> None:
    for p in model.parameters():
        p.add_(p.grad, alpha=-lr)  # expect: AGL008


torch.manual_seed(1)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
model(torch.randn(5, 3)).pow(2).mean().backward()
sgd_step(model, 0.05)
