import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(5, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
epoch_loss = torch.zeros(())
for _ in range(3):
    x, y = torch.randn(4, 5), torch.randn(4, 1)
    opt.zero_grad()
    loss = nn.functional.huber_loss(model(x), y)
    loss.backward()
    opt.step()
    epoch_loss += loss  # expect: AGL012
print(epoch_loss / 3)
