import torch
import torch.nn as nn

torch.manual_seed(0)


def make_q():
    return nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Linear(16, 2))


q_net, target_net = make_q(), make_q()
tau = 0.05


def soft_update(target, source, tau):
    for tp, sp in zip(target.parameters(), source.parameters(), strict=True):
        tp.data.copy_(tau * sp.data + (1.0 - tau) * tp.data)  # expect: AGL006


soft_update(target_net, q_net, tau)
print(target_net[0].weight[0, :2])
