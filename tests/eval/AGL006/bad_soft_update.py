import torch.nn as nn

online = nn.Linear(3, 3)
target = nn.Linear(3, 3)
tau = 0.05
for tp, p in zip(target.parameters(), online.parameters(), strict=False):
    tp.data.copy_(tau * p.data + (1 - tau) * tp.data)  # expect: AGL006
