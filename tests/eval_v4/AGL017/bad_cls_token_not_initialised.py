"""ViT-style embedding: positions initialised, the class token not."""
import torch
from torch import nn


class PatchEmbed(nn.Module):
    def __init__(self, n: int, d: int) -> None:
        super().__init__()
        self.proj = nn.Linear(12, d)
        self.cls_token = nn.Parameter(torch.empty(1, 1, d))  # expect: AGL017
        self.pos = nn.Parameter(torch.empty(1, n + 1, d))
        nn.init.trunc_normal_(self.pos, std=0.02)

    def forward(self, patches):
        x = self.proj(patches)
        x = torch.cat([self.cls_token.expand(x.shape[0], -1, -1), x], dim=1)
        return x + self.pos


torch.manual_seed(8)
PatchEmbed(4, 8)(torch.randn(2, 4, 12)).pow(2).mean().backward()
