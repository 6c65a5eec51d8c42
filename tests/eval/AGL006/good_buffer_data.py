import torch
from torch import nn

bn = nn.BatchNorm1d(4)
bn(torch.randn(8, 4))
bn.running_mean.data.fill_(0.0)
bn.running_var.data.fill_(1.0)
print(bn.running_mean, bn.running_var)
