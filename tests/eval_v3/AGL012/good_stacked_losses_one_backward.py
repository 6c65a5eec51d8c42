import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
tasks = [(torch.randn(5, 4), torch.randn(5, 1)) for _ in range(3)]
task_losses = []
for x, y in tasks:
    task_losses.append(nn.functional.mse_loss(model(x), y))
opt.zero_grad()
meta_loss = torch.stack(task_losses).mean()
meta_loss.backward()
opt.step()
