"""Forward pass under inference_mode, then backward."""
import torch
from torch import nn

torch.manual_seed(2)
model = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 1))
x, y = torch.randn(6, 5), torch.randn(6, 1)
with torch.inference_mode():
    pred = model(x)
loss = ((pred - y) ** 2).mean()
loss.backward()  # expect: AGL011
