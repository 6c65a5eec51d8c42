import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 6), nn.Tanh(), nn.Linear(6, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.05)
wd = 0.1
for _ in range(2):
    x, y = torch.randn(8, 3), torch.randn(8, 1)
    opt.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    for name, p in model.named_parameters():
        if "weight" in name:
            p.data.mul_(1 - 0.05 * wd)  # expect: AGL006
    opt.step()
