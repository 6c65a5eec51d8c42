import torch
import torch.nn as nn

torch.manual_seed(0)


def make_q():
    return nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Linear(16, 2))


q_net, target_net = make_q(), make_q()
target_net.load_state_dict(q_net.state_dict())


def soft_update(target, source, tau):
    with torch.no_grad():
        for tp, sp in zip(target.parameters(), source.parameters(), strict=True):
            tp.mul_(1.0 - tau).add_(sp, alpha=tau)


soft_update(target_net, q_net, 0.05)
