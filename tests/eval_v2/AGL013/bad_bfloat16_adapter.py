import torch
import torch.nn as nn

torch.manual_seed(0)


class LoRA(nn.Module):
    def __init__(self, base: nn.Linear, rank=2):
        super().__init__()
        self.base = base
        d_in, d_out = base.in_features, base.out_features
        self.A = torch.randn(rank, d_in, requires_grad=True).bfloat16()  # expect: AGL013
        self.B = torch.zeros(d_out, rank, requires_grad=True)

    def forward(self, x):
        return self.base(x) + (x @ self.A.float().t()) @ self.B.t()


lora = LoRA(nn.Linear(6, 6))
opt = torch.optim.AdamW([lora.A, lora.B], lr=1e-3)
