import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
history = []
for step in range(3):
    snapshot = [p.data.clone() for p in model.parameters()]
    opt.zero_grad()
    nn.functional.mse_loss(model(torch.randn(6, 4)), torch.randn(6, 1)).backward()
    opt.step()
    params = list(model.parameters())
    moved = sum((p.data - s).norm().item() for p, s in zip(params, snapshot, strict=True))
    history.append((step, moved, model[0].weight.data.norm().item()))
print(history)
