import torch
import torch.nn as nn

torch.manual_seed(10)
gru = nn.GRU(3, 4)
gru.bias_hh_l0.fill_(1.0)  # expect: AGL008
