import torch
from torch import nn


class PatchEmbed(nn.Module):
    def __init__(self, n_patches=4, patch_dim=12, dim=8):
        super().__init__()
        self.proj = nn.Linear(patch_dim, dim)
        self.cls_token = nn.Parameter(torch.zeros(1, 1, dim))
        self.pos_embed = nn.Parameter(torch.empty(1, n_patches + 1, dim))
        nn.init.trunc_normal_(self.pos_embed, std=0.02)

    def forward(self, patches):
        x = self.proj(patches)
        cls = self.cls_token.expand(x.size(0), -1, -1)
        return torch.cat([cls, x], dim=1) + self.pos_embed


torch.manual_seed(0)
PatchEmbed()(torch.randn(2, 4, 12)).mean().backward()
