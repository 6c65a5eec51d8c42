"""A module written for a GPU box moves its raw weight with .cuda()."""
import torch
from torch import nn


class Scorer(nn.Module):
    def __init__(self, d: int) -> None:
        super().__init__()
        self.w = torch.randn(d, requires_grad=True).cuda()  # expect: AGL013

    def forward(self, x):
        return x @ self.w


torch.manual_seed(1)
scorer = Scorer(4)
