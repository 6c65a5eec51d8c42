import torch
import torch.nn as nn

online = nn.Linear(3, 3)
target = nn.Linear(3, 3)
tau = 0.05
with torch.no_grad():
    for tp, p in zip(target.parameters(), online.parameters(), strict=False):
        tp.lerp_(p, tau)
