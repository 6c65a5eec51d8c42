import torch
import torch.nn as nn

torch.manual_seed(0)


class LoRALinear(nn.Module):
    def __init__(self, base: nn.Linear, r=2):
        super().__init__()
        self.base = base
        self.lora_A = nn.Parameter(torch.empty(r, base.in_features))
        self.lora_B = nn.Parameter(torch.empty(base.out_features, r))
        nn.init.normal_(self.lora_A, std=0.01)
        nn.init.zeros_(self.lora_B)
        base.requires_grad_(False)

    def forward(self, x):
        return self.base(x) + x @ self.lora_A.t() @ self.lora_B.t()


LoRALinear(nn.Linear(6, 4))(torch.randn(3, 6)).pow(2).mean().backward()
