"""Autoencoder with a tied decoder; checks the decoder weight's gradient."""
import torch
from torch import nn


class TiedAE(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.enc = nn.Linear(6, 3)

    def forward(self, x):
        self.dec_weight = self.enc.weight.t()
        return nn.functional.linear(torch.relu(self.enc(x)), self.dec_weight)


def grad_report(model):
    enc = model.enc.weight.grad.norm().item()
    return {"enc": enc, "dec": model.dec_weight.grad}  # expect: AGL001


torch.manual_seed(12)
ae = TiedAE()
x = torch.randn(4, 6)
((ae(x) - x) ** 2).mean().backward()
print(grad_report(ae))
