import torch
import torch.nn as nn

torch.manual_seed(0)

encoder = nn.Sequential(nn.Linear(8, 8), nn.GELU())
head = nn.Linear(8, 1)
encoder.requires_grad_(False)
head.requires_grad_(False)

x = torch.randn(4, 8)
target = torch.randn(4, 1)
pred = head(encoder(x))
loss = nn.functional.mse_loss(pred, target)
loss.backward()  # expect: AGL011
