"""Loss computed on model(x).data, a tensor without history."""
import torch
from torch import nn

torch.manual_seed(11)
model = nn.Linear(4, 4)
x = torch.randn(2, 4)
recon = model(x).data
loss = ((recon - x) ** 2).mean()
loss.backward()  # expect: AGL011
