"""A hand-written RNN cell initialises w_ih twice and w_hh never."""
import torch
from torch import nn


class ElmanCell(nn.Module):
    def __init__(self, n_in: int, n_h: int) -> None:
        super().__init__()
        self.w_ih = nn.Parameter(torch.empty(n_h, n_in))
        self.w_hh = nn.Parameter(torch.empty(n_h, n_h))  # expect: AGL017
        nn.init.xavier_uniform_(self.w_ih)
        nn.init.xavier_uniform_(self.w_ih)

    def forward(self, x, h):
        return torch.tanh(x @ self.w_ih.t() + h @ self.w_hh.t())


torch.manual_seed(12)
cell = ElmanCell(3, 4)
h = torch.zeros(2, 4)
for x in torch.randn(3, 2, 3):
    h = cell(x, h)
h.sum().backward()
