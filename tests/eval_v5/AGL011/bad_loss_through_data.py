import torch
import torch.nn as nn

torch.manual_seed(92)
model = nn.Linear(4, 1)
pred = model(torch.randn(6, 4))
loss = (pred.data - 1.0).pow(2).mean()
loss.backward()  # expect: AGL011
