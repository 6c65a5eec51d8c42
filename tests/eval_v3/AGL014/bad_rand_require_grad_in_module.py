import torch
from torch import nn


class Prompt(nn.Module):
    def __init__(self, n_tokens, dim):
        super().__init__()
        self.tokens = torch.rand(n_tokens, dim, require_grad=True)  # expect: AGL014

    def forward(self, x):
        return torch.cat([self.tokens.expand(x.size(0), -1, -1), x], dim=1)


torch.manual_seed(0)
print(Prompt(2, 4)(torch.randn(3, 5, 4)).shape)
