import torch
import torch.nn as nn

torch.manual_seed(0)


class ContinuousPositions(nn.Module):
    def __init__(self, max_len, dim):
        super().__init__()
        self.freq = nn.Linear(1, dim)
        self.max_len = max_len

    def forward(self, x):
        pos = torch.arange(x.size(1), requires_grad=True)  # expect: AGL005
        return x + self.freq(pos.unsqueeze(-1) / self.max_len)


layer = ContinuousPositions(16, 4)
out = layer(torch.randn(2, 5, 4))
