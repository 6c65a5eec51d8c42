import torch
import torch.nn as nn

torch.manual_seed(27)
a = nn.Linear(3, 3)
b = nn.Linear(3, 3)
b.weight = a.weight
shared = a.weight.data.data_ptr() == b.weight.data.data_ptr()
print(shared, a.weight.data.mean().item())
