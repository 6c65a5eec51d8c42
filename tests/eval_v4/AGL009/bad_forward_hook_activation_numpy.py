"""A forward hook stores activations as numpy arrays during a training forward."""
import torch
from torch import nn

torch.manual_seed(11)
model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 2))
stored = {}


def save_activation(module, inputs, output):
    stored["relu"] = output.numpy()  # expect: AGL009


model[1].register_forward_hook(save_activation)
loss = model(torch.randn(3, 4)).sum()
