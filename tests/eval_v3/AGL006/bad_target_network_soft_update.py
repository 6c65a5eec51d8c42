import copy

import torch
from torch import nn

torch.manual_seed(0)
q_net = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 2))
target_net = copy.deepcopy(q_net)
opt = torch.optim.Adam(q_net.parameters(), lr=1e-2)
tau = 0.1


def soft_update(target, source):
    for tp, sp in zip(target.parameters(), source.parameters(), strict=True):
        tp.data.copy_(tau * sp.data + (1 - tau) * tp.data)  # expect: AGL006


for _ in range(2):
    s, a, r, s2 = torch.randn(8, 4), torch.randint(0, 2, (8, 1)), torch.randn(8), torch.randn(8, 4)
    with torch.no_grad():
        target = r + 0.99 * target_net(s2).max(dim=1).values
    q = q_net(s).gather(1, a).squeeze(1)
    opt.zero_grad()
    nn.functional.smooth_l1_loss(q, target).backward()
    opt.step()
    soft_update(target_net, q_net)
