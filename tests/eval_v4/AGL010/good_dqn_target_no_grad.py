"""DQN target computed under no_grad."""
import torch
from torch import nn

torch.manual_seed(2)
q_net = nn.Linear(4, 2)
target_net = nn.Linear(4, 2)
s, s2 = torch.randn(6, 4), torch.randn(6, 4)
r = torch.rand(6)
with torch.no_grad():
    target = r + 0.99 * target_net(s2).max(dim=1).values
print(target.requires_grad)
nn.functional.mse_loss(q_net(s).max(dim=1).values, target).backward()
