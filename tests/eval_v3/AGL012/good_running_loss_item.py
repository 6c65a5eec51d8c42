import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.05)
loader = [(torch.randn(6, 4), torch.randn(6, 1)) for _ in range(4)]
running_loss = 0.0
for xb, yb in loader:
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(xb), yb)
    loss.backward()
    opt.step()
    running_loss += loss.item()
print("epoch loss", running_loss / len(loader))
