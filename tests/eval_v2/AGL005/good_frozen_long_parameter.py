import torch
import torch.nn as nn

torch.manual_seed(0)


class Quantized(nn.Module):
    def __init__(self):
        super().__init__()
        self.codes = nn.Parameter(torch.randint(0, 16, (4, 4)), requires_grad=False)
        self.scale = nn.Parameter(torch.ones(4))

    def forward(self, x):
        return x @ (self.codes.float() * self.scale)


m = Quantized()
m(torch.randn(2, 4)).sum().backward()
print(m.scale.grad)
