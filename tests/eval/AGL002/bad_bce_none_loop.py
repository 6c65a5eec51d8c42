import torch
from torch import nn

disc = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1))
bce = nn.BCEWithLogitsLoss(reduction="none")
for _ in range(2):
    batch = torch.randn(5, 2)
    loss = bce(disc(batch), torch.ones(5, 1))
    loss.backward()  # expect: AGL002
