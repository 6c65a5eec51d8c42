import torch
import torch.nn as nn

torch.manual_seed(0)

encoder = nn.Sequential(nn.Linear(8, 8), nn.GELU())
head = nn.Linear(8, 1)
encoder.requires_grad_(False)
opt = torch.optim.Adam(head.parameters(), lr=1e-3)
pred = head(encoder(torch.randn(4, 8)))
loss = nn.functional.mse_loss(pred, torch.randn(4, 1))
opt.zero_grad()
loss.backward()
opt.step()
