import torch
import torch.nn as nn

torch.manual_seed(75)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
model[2].bias.data.zero_()  # expect: AGL006
model(torch.randn(3, 4)).sum().backward()
