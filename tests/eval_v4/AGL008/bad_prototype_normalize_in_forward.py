"""Prototype classifier that renormalises its prototypes in place in forward()."""
import torch
from torch import nn


class ProtoHead(nn.Module):
    def __init__(self, n: int, d: int) -> None:
        super().__init__()
        self.prototypes = nn.Parameter(torch.randn(n, d))

    def forward(self, z):
        self.prototypes.div_(self.prototypes.norm(dim=1, keepdim=True))  # expect: AGL008
        return z @ self.prototypes.t()


torch.manual_seed(7)
head = ProtoHead(3, 4)
print(head(torch.randn(2, 4)).shape)
