"""Pointer network: probabilities cloned before the padding slot is zeroed."""
import torch
from torch import nn

torch.manual_seed(1)
scorer = nn.Linear(8, 1)
slots = torch.randn(3, 5, 8)
probs = torch.softmax(scorer(slots).squeeze(-1), dim=1).clone()
probs[:, 4] = 0.0
chosen = torch.tensor([0, 2, 1])
loss = -torch.log(probs.gather(1, chosen[:, None]) + 1e-9).mean()
loss.backward()
