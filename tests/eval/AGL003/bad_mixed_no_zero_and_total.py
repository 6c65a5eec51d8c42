import torch
from torch import nn

model = nn.Sequential(nn.Linear(3, 6), nn.ReLU(), nn.Linear(6, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.01)
data = [(torch.randn(4, 3), torch.randn(4, 1)) for _ in range(4)]
epoch_loss = 0.0
for x, y in data:
    loss = nn.functional.smooth_l1_loss(model(x), y)
    loss.backward()  # expect: AGL003
    opt.step()
    epoch_loss += loss  # expect: AGL012
print(epoch_loss / len(data))
