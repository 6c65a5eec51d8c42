import torch
import torch.nn as nn

torch.manual_seed(0)


class LoRALinear(nn.Module):
    def __init__(self, base: nn.Linear, r=2):
        super().__init__()
        self.base = base
        self.lora_A = nn.Parameter(torch.randn(r, base.in_features) * 0.01)
        self.lora_B = nn.Parameter(torch.empty(base.out_features, r))  # expect: AGL017
        base.requires_grad_(False)

    def forward(self, x):
        return self.base(x) + x @ self.lora_A.t() @ self.lora_B.t()


layer = LoRALinear(nn.Linear(6, 4))
layer(torch.randn(3, 6)).pow(2).mean().backward()
