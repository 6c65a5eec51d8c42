from torch import nn

layer = nn.Conv1d(2, 2, 3)
layer.weight.mul_(0.5)  # expect: AGL008
