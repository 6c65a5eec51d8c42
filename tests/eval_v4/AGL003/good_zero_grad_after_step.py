"""zero_grad(set_to_none=True) after step() also resets every iteration."""
import torch
from torch import nn

torch.manual_seed(1)
model = nn.Linear(3, 1)
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x, y = torch.randn(16, 3), torch.randn(16, 1)
for _step in range(4):
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    opt.zero_grad(set_to_none=True)
