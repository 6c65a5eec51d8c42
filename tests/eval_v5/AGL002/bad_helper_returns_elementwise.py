import torch
import torch.nn as nn


def quantile_loss(pred, target, q=0.9):
    diff = target - pred
    return torch.maximum(q * diff, (q - 1) * diff)


torch.manual_seed(3)
forecaster = nn.GRU(input_size=1, hidden_size=8, batch_first=True)
head = nn.Linear(8, 1)
series = torch.randn(6, 12, 1)
out, _ = forecaster(series[:, :-1])
pred = head(out[:, -1])
loss = quantile_loss(pred, series[:, -1])
loss.backward()  # expect: AGL002
