import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 3)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
n_epochs = 2
epoch_losses = [0.0] * n_epochs
for epoch in range(n_epochs):
    for _ in range(2):
        x = torch.randn(4, 3)
        opt.zero_grad()
        loss = (model(x) - x).pow(2).mean()
        loss.backward()
        opt.step()
        epoch_losses[epoch] += loss  # expect: AGL012
print(epoch_losses)
