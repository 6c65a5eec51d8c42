import torch
import torch.nn as nn

torch.manual_seed(0)

net = nn.Linear(3, 1)
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
data = [(torch.randn(5, 3), torch.randn(5, 1)) for _ in range(3)]

epoch_loss = torch.zeros(())
for x, y in data:
    opt.zero_grad()
    loss = nn.functional.mse_loss(net(x), y)
    loss.backward()
    opt.step()
    epoch_loss = epoch_loss + loss  # expect: AGL012
print(epoch_loss / len(data))
