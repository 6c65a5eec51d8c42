import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
pred, y = model(torch.randn(5, 3)), torch.randn(5, 2)
loss = F.mse_loss(pred, y, reduction="none").mean(dim=0)
opt.zero_grad()
loss.backward()  # expect: AGL002
opt.step()
