"""Loss logged with .item(), predictions with .tolist()."""
import torch
from torch import nn

torch.manual_seed(1)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
history = []
opt.zero_grad()
pred = model(torch.randn(6, 3))
loss = nn.functional.mse_loss(pred, torch.randn(6, 1))
loss.backward()
opt.step()
history.append(loss.item())
print(history, pred.squeeze(1).tolist())
