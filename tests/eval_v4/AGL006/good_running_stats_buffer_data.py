"""Resetting BatchNorm running statistics: buffers do not require grad."""
import torch
from torch import nn

torch.manual_seed(6)
bn = nn.BatchNorm1d(4)
bn(torch.randn(8, 4) * 3 + 1)
bn.running_mean.data.zero_()
bn.running_var.data.fill_(1.0)
print(bn.running_mean, bn.num_batches_tracked)
