import torch
from torch import nn


def compute_loss(model, batch):
    x, y = batch
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    return loss


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, 3))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
batch = (torch.randn(4, 6), torch.randint(0, 3, (4,)))
opt.zero_grad()
loss = compute_loss(model, batch)
loss.backward()  # expect: AGL007
opt.step()
