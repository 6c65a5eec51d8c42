import torch
from torch import nn


def compute_loss(model, batch):
    x, y = batch
    return nn.functional.cross_entropy(model(x), y)


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, 3))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(2):
    opt.zero_grad()
    loss = compute_loss(model, (torch.randn(4, 6), torch.randint(0, 3, (4,))))
    loss.backward()
    opt.step()
