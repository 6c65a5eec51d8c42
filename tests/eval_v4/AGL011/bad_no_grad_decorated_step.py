"""A train_step function decorated with @torch.no_grad() by copy-paste from predict()."""
import torch
from torch import nn


@torch.no_grad()
def train_step(model, opt, x, y) -> float:
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()  # expect: AGL011
    opt.step()
    return loss.item()


torch.manual_seed(1)
model = nn.Linear(3, 1)
train_step(model, torch.optim.Adam(model.parameters()), torch.randn(4, 3), torch.randn(4, 1))
