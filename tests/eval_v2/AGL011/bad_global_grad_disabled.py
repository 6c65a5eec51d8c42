import torch
import torch.nn as nn

torch.set_grad_enabled(False)
torch.manual_seed(0)

model = nn.Linear(3, 3)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(5, 3)
opt.zero_grad()
loss = (model(x) - x).pow(2).mean()
loss.backward()  # expect: AGL011
opt.step()
