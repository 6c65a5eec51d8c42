"""LoRA B matrix initialised with nn.init.zeros_ (runs under no_grad)."""
import torch
from torch import nn


class LoRALinear(nn.Module):
    def __init__(self, base: nn.Linear, rank: int = 2) -> None:
        super().__init__()
        self.base = base
        self.a = nn.Parameter(torch.randn(base.in_features, rank))
        self.b = nn.Parameter(torch.randn(rank, base.out_features))
        nn.init.zeros_(self.b)

    def forward(self, x):
        return self.base(x) + x @ self.a @ self.b


torch.manual_seed(12)
layer = LoRALinear(nn.Linear(4, 4))
layer(torch.randn(2, 4)).sum().backward()
