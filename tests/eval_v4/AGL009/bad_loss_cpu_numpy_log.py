"""Loss logged through .cpu().numpy()."""
import torch
from torch import nn

torch.manual_seed(1)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
history = []
opt.zero_grad()
loss = nn.functional.mse_loss(model(torch.randn(6, 3)), torch.randn(6, 1))
loss.backward()
opt.step()
history.append(loss.cpu().numpy())  # expect: AGL009
