"""LoRA adapter whose B matrix is zero-filled after requires_grad=True."""
import torch
from torch import nn


class LoRALinear(nn.Module):
    def __init__(self, base: nn.Linear, rank: int = 2) -> None:
        super().__init__()
        self.base = base
        self.a = torch.randn(base.in_features, rank, requires_grad=True)
        self.b = torch.randn(rank, base.out_features, requires_grad=True)
        self.b.fill_(0.0)  # expect: AGL008

    def forward(self, x):
        return self.base(x) + x @ self.a @ self.b


torch.manual_seed(12)
layer = LoRALinear(nn.Linear(4, 4))
