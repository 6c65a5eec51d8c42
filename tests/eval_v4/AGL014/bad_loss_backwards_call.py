"""Training step with loss.backwards()."""
import torch
from torch import nn

torch.manual_seed(3)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
opt.zero_grad()
loss = nn.functional.mse_loss(model(torch.randn(5, 3)), torch.randn(5, 1))
loss.backwards()  # expect: AGL014
opt.step()
