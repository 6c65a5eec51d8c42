"""A BYOL-like predictor that 'stops the gradient' with requires_grad_(False)."""
import torch
from torch import nn


class Siamese(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.encoder = nn.Linear(5, 4)
        self.predictor = nn.Linear(4, 4)

    def forward(self, a, b):
        za, zb = self.encoder(a), self.encoder(b)
        zb.requires_grad_(False)  # expect: AGL010
        return -nn.functional.cosine_similarity(self.predictor(za), zb).mean()


torch.manual_seed(1)
print(Siamese()(torch.randn(3, 5), torch.randn(3, 5)))
