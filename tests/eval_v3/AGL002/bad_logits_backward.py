import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(10, 4))
inp = torch.randn(2, 10)
logits = model(inp)
logits.backward()  # expect: AGL002
