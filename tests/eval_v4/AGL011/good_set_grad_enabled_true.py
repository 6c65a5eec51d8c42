"""The shared forward helper called with training=True before backward()."""
import torch
from torch import nn


def forward(model, x, training: bool):
    with torch.set_grad_enabled(training):
        return model(x)


torch.manual_seed(14)
model = nn.Sequential(nn.Linear(4, 4), nn.Tanh(), nn.Linear(4, 1))
with torch.no_grad():
    print(forward(model, torch.randn(2, 4), training=False))
pred = forward(model, torch.randn(6, 4), training=True)
pred.pow(2).mean().backward()
