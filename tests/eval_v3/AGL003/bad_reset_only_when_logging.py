import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.01)
log_every = 3
for step in range(6):
    x, y = torch.randn(8, 4), torch.randn(8, 1)
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()  # expect: AGL003
    opt.step()
    if step % log_every == 0:
        print(step, loss.item())
        opt.zero_grad()
