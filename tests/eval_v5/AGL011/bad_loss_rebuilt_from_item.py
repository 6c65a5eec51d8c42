import torch
import torch.nn as nn

torch.manual_seed(1)
net = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 1))
raw = net(torch.randn(5, 3)).pow(2).mean()
loss = torch.tensor(raw.item() * 0.5)
loss.backward()  # expect: AGL011
