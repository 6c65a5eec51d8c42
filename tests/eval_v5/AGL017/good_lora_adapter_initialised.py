import math

import torch
import torch.nn as nn


class LoRALinear(nn.Module):
    def __init__(self, base, rank=2):
        super().__init__()
        self.base = base
        self.base.requires_grad_(False)
        self.lora_a = nn.Parameter(torch.empty(rank, base.in_features))
        self.lora_b = nn.Parameter(torch.zeros(base.out_features, rank))
        nn.init.kaiming_uniform_(self.lora_a, a=math.sqrt(5))

    def forward(self, x):
        return self.base(x) + x @ self.lora_a.T @ self.lora_b.T


torch.manual_seed(3)
layer = LoRALinear(nn.Linear(6, 3))
layer(torch.randn(4, 6)).pow(2).mean().backward()
