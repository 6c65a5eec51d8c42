import torch
import torch.nn as nn


class Head(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(8, 3)
        self.bias = nn.Parameter(torch.randn(3))

    def reset_bias(self):
        self.bias.zero_()  # expect: AGL008


torch.manual_seed(8)
Head().reset_bias()
