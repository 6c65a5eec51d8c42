import torch
import torch.nn as nn

torch.manual_seed(0)


class Scale(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.s = nn.Parameter(torch.randn(d, requires_grad=True).double())

    def forward(self, x):
        return x * self.s


m = Scale(3)
opt = torch.optim.SGD(m.parameters(), lr=0.1)
m(torch.randn(2, 3, dtype=torch.float64)).sum().backward()
opt.step()
print(m.s.is_leaf, m.s.grad)
