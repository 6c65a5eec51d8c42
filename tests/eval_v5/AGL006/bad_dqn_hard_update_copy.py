import torch
import torch.nn as nn

torch.manual_seed(77)
q_net = nn.Linear(4, 2)
target_net = nn.Linear(4, 2)
for tp, p in zip(target_net.parameters(), q_net.parameters(), strict=True):
    tp.data.copy_(p.detach())  # expect: AGL006
