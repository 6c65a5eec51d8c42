import torch
import torch.nn as nn

torch.manual_seed(2)
net = nn.Sequential(nn.Linear(3, 6), nn.ReLU(), nn.Linear(6, 1))
loss = net(torch.randn(4, 3)).pow(2).mean()
log_value = loss.cpu().numpy()  # expect: AGL009
