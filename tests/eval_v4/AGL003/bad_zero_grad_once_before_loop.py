"""zero_grad() called once, before the loop, instead of every iteration."""
import torch
from torch import nn

torch.manual_seed(1)
model = nn.Linear(3, 1)
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x, y = torch.randn(16, 3), torch.randn(16, 1)
opt.zero_grad()
for _step in range(4):
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()  # expect: AGL003
    opt.step()
