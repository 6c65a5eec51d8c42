"""Prediction detached for logging and the detached value reused for the loss."""
import torch
from torch import nn

torch.manual_seed(4)
model = nn.Linear(3, 2)
x, y = torch.randn(5, 3), torch.randn(5, 2)
pred = model(x).detach()
print("pred mean", pred.mean().item())
loss = nn.functional.mse_loss(pred, y)
loss.backward()  # expect: AGL011
