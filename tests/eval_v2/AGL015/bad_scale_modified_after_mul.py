import torch
import torch.nn as nn

torch.manual_seed(0)


class FiLM(nn.Module):
    def __init__(self, d_cond, d_feat):
        super().__init__()
        self.to_scale = nn.Linear(d_cond, d_feat)

    def forward(self, feats, cond):
        scale = self.to_scale(cond)
        out = feats * scale
        scale += 1.0  # expect: AGL015
        return out, scale


film = FiLM(3, 4)
feats = torch.randn(2, 4, requires_grad=True)
out, scale = film(feats, torch.randn(2, 3))
out.sum().backward()
