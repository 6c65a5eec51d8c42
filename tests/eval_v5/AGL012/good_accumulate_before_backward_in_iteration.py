import torch
import torch.nn as nn

torch.manual_seed(45)
model = nn.Linear(4, 2)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for _ in range(3):
    total = 0.0
    for chunk in torch.randn(3, 2, 4):
        total = total + model(chunk).pow(2).mean()
    opt.zero_grad()
    total.backward()
    opt.step()
