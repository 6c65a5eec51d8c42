"""A shared forward helper called with training=False, then trained on."""
import torch
from torch import nn


def forward(model, x, training: bool):
    with torch.set_grad_enabled(training):
        return model(x)


torch.manual_seed(14)
model = nn.Sequential(nn.Linear(4, 4), nn.Tanh(), nn.Linear(4, 1))
pred = forward(model, torch.randn(6, 4), training=False)
loss = pred.pow(2).mean()
loss.backward()  # expect: AGL011
