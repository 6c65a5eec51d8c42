from torch import nn

layer = nn.Conv1d(2, 2, 3)
nn.init.zeros_(layer.bias)
nn.init.xavier_uniform_(layer.weight)
print(layer.weight.requires_grad)
