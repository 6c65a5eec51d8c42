import torch
import torch.nn as nn


class ElmanCell(nn.Module):
    def __init__(self, n_in, n_hidden):
        super().__init__()
        self.w_ih = nn.Parameter(torch.empty(n_hidden, n_in))
        self.w_hh = nn.Parameter(torch.empty(n_hidden, n_hidden))  # expect: AGL017
        nn.init.xavier_uniform_(self.w_ih)

    def forward(self, x, h):
        return torch.tanh(x @ self.w_ih.T + h @ self.w_hh.T)


torch.manual_seed(5)
cell = ElmanCell(3, 5)
h = torch.zeros(2, 5)
for x in torch.randn(4, 2, 3):
    h = cell(x, h)
h.sum().backward()
