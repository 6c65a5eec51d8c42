import torch
import torch.nn as nn
from torch.autograd import gradcheck

torch.manual_seed(0)


class GatedUnit(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.proj = nn.Linear(dim, 2 * dim)

    def forward(self, x):
        a, b = self.proj(x).chunk(2, dim=-1)
        return a * torch.sigmoid(b)


unit = GatedUnit(3).double()
inp = torch.randn(2, 3, dtype=torch.float64, requires_grad=True)
assert gradcheck(unit, (inp,))
