import torch
from torch import nn


def test_eval_mode_keeps_autograd():
    model = nn.Linear(3, 1)
    model.eval()
    loss = model(torch.randn(4, 3)).pow(2).mean()
    loss.backward()  # claim: AGL011 loss.backward()
