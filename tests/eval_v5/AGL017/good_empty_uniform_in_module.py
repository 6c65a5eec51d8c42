import torch
import torch.nn as nn


class TimeEmbedding(nn.Module):
    def __init__(self, steps, dim):
        super().__init__()
        self.freqs = nn.Parameter(torch.empty(dim // 2).uniform_(0.5, 2.0))
        self.steps = steps

    def forward(self, t):
        angles = t[:, None].float() / self.steps * self.freqs[None]
        return torch.cat([angles.sin(), angles.cos()], dim=1)


torch.manual_seed(10)
embed = TimeEmbedding(100, 8)
embed(torch.randint(0, 100, (5,))).pow(2).mean().backward()
