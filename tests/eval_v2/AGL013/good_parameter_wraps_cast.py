import torch
import torch.nn as nn

torch.manual_seed(0)


class ManualLinear(nn.Module):
    def __init__(self, d_in, d_out):
        super().__init__()
        self.w = nn.Parameter(torch.randn(d_in, d_out).double())
        self.b = nn.Parameter(torch.zeros(d_out, dtype=torch.float64))

    def forward(self, x):
        return x @ self.w + self.b


layer = ManualLinear(4, 2)
opt = torch.optim.SGD(layer.parameters(), lr=0.1)
layer(torch.randn(3, 4, dtype=torch.float64)).sum().backward()
opt.step()
