import torch
import torch.nn as nn

torch.manual_seed(0)


class MyLinear(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(out_features, in_features))  # expect: AGL017
        self.bias = nn.Parameter(torch.empty(out_features))  # expect: AGL017

    def forward(self, x):
        return x @ self.weight.t() + self.bias


layer = MyLinear(4, 3)
opt = torch.optim.SGD(layer.parameters(), lr=0.1)
loss = layer(torch.randn(2, 4)).pow(2).mean()
loss.backward()
opt.step()
