import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
batch = [(torch.randn(4), torch.randn(1)) for _ in range(5)]
per_sample = []
for features, target in batch:
    pred = net(features)
    per_sample.append(nn.functional.mse_loss(pred, target))
losses = torch.stack(per_sample)
losses.backward()  # expect: AGL002
