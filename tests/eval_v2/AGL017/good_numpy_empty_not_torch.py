import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)

table = np.empty((4, 3), dtype=np.float32)
table[:] = np.linspace(0, 1, 12, dtype=np.float32).reshape(4, 3)
weight = nn.Parameter(torch.from_numpy(table).clone())
(weight * 2).sum().backward()
print(weight.grad.shape)
