import torch
import torch.nn as nn

torch.manual_seed(0)


class PositionalBias(nn.Module):
    def __init__(self, max_len, learnable):
        super().__init__()
        self.bias = nn.Parameter(torch.zeros(max_len), require_grad=learnable)  # expect: AGL014

    def forward(self, scores):
        return scores + self.bias[: scores.size(-1)]


layer = PositionalBias(16, learnable=False)
