import torch
from torch import nn

torch.manual_seed(0)
regressor = nn.Linear(2, 1)
opt = torch.optim.RMSprop(regressor.parameters(), lr=1e-2)
x = torch.randn(16, 2)
y = x.sum(dim=1, keepdim=True)
step, max_steps = 0, 4
while step < max_steps:
    loss = nn.functional.l1_loss(regressor(x), y)
    loss.backward()  # expect: AGL003
    opt.step()
    step += 1
