import torch
from torch import nn

model = nn.Linear(3, 2)
pred = model(torch.randn(4, 3))
print(pred.detach().cpu().numpy())
