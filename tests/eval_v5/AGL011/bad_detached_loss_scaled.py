import torch
import torch.nn as nn

torch.manual_seed(2)
model = nn.Linear(4, 4)
out = model(torch.randn(3, 4))
loss = out.detach().pow(2).mean() * 10.0
loss.backward()  # expect: AGL011
