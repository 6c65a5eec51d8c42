import torch
import torch.nn as nn

torch.manual_seed(0)

net = nn.Linear(3, 1)
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
epoch_loss = 0.0
for _ in range(3):
    opt.zero_grad()
    loss = nn.functional.mse_loss(net(torch.randn(5, 3)), torch.randn(5, 1))
    loss.backward()
    opt.step()
    epoch_loss += float(loss)
print(epoch_loss / 3)
