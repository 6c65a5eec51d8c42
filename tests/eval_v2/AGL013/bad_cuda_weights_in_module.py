import torch
import torch.nn as nn

torch.manual_seed(0)


class ManualLinear(nn.Module):
    def __init__(self, d_in, d_out):
        super().__init__()
        self.w = torch.randn(d_in, d_out, requires_grad=True).cuda()  # expect: AGL013
        self.b = torch.zeros(d_out, requires_grad=True)

    def forward(self, x):
        return x @ self.w + self.b


layer = ManualLinear(4, 2)
