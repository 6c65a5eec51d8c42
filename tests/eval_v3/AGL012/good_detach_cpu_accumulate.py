import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 3)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
epoch_losses = [torch.zeros(()) for _ in range(2)]
for epoch in range(2):
    for _ in range(2):
        x = torch.randn(4, 3)
        opt.zero_grad()
        loss = (model(x) - x).pow(2).mean()
        loss.backward()
        opt.step()
        epoch_losses[epoch] += loss.detach().cpu()
print([e.item() for e in epoch_losses])
