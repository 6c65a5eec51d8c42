import torch
import torch.nn as nn

torch.manual_seed(10)
gru = nn.GRU(3, 4)
nn.init.constant_(gru.bias_hh_l0, 1.0)
out, h = gru(torch.randn(5, 2, 3))
out.sum().backward()
