import torch
import torch.nn as nn

torch.manual_seed(0)


class DeepLinearNet(nn.Module):
    def __init__(self, dim, depth):
        super().__init__()
        self.ws = nn.ParameterList([nn.Parameter(torch.empty(dim, dim)) for _ in range(depth)])
        for w in self.ws:
            nn.init.orthogonal_(w)

    def forward(self, x):
        for w in self.ws:
            x = x @ w
        return x


DeepLinearNet(3, 2)(torch.randn(4, 3)).pow(2).mean().backward()
