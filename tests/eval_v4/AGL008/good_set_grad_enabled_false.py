"""Prototype renormalisation under torch.set_grad_enabled(False)."""
import torch
from torch import nn


class ProtoHead(nn.Module):
    def __init__(self, n: int, d: int) -> None:
        super().__init__()
        self.prototypes = nn.Parameter(torch.randn(n, d))

    def renormalize(self) -> None:
        with torch.set_grad_enabled(False):
            self.prototypes.div_(self.prototypes.norm(dim=1, keepdim=True))

    def forward(self, z):
        return z @ self.prototypes.t()


torch.manual_seed(7)
head = ProtoHead(3, 4)
head.renormalize()
head(torch.randn(2, 4)).sum().backward()
