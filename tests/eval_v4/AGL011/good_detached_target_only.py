"""Only the target is detached; the prediction keeps its graph."""
import torch
from torch import nn

torch.manual_seed(4)
online, target_net = nn.Linear(3, 2), nn.Linear(3, 2)
x = torch.randn(5, 3)
target = target_net(x).detach()
loss = nn.functional.mse_loss(online(x), target)
loss.backward()
