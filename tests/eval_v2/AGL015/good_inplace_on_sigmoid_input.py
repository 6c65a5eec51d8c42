import torch
import torch.nn as nn

torch.manual_seed(0)

fc = nn.Linear(4, 4)
x = torch.randn(3, 4)
h = fc(x)
gate = torch.sigmoid(h)
h.add_(1.0)
out = gate * 2.0
out.sum().backward()
print(fc.weight.grad.shape)
