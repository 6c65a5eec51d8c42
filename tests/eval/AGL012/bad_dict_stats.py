import torch
from torch import nn

model = nn.Linear(5, 1)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
stats = {"loss": 0.0, "steps": 0}
for _ in range(3):
    opt.zero_grad()
    loss = model(torch.randn(4, 5)).pow(2).mean()
    loss.backward()
    opt.step()
    stats["loss"] += loss  # expect: AGL012
    stats["steps"] += 1
print(stats)
