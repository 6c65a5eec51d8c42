import torch
from torch import nn

torch.manual_seed(0)
q_net = nn.Linear(4, 2)
target_net = nn.Linear(4, 2)
target_net.load_state_dict(q_net.state_dict())
gamma = 0.99
s, a, r, s2 = torch.randn(6, 4), torch.randint(0, 2, (6, 1)), torch.randn(6), torch.randn(6, 4)
target = r + gamma * target_net(s2).max(dim=1).values
target.requires_grad = False  # expect: AGL010
q = q_net(s).gather(1, a).squeeze(1)
nn.functional.mse_loss(q, target).backward()
