import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(6, 4), torch.randn(6, 1)
pred = model(x)
loss = nn.functional.mse_loss(pred, y)
loss = torch.tensor(loss, requires_grad=True)  # expect: AGL016
opt.zero_grad()
loss.backward()
opt.step()
