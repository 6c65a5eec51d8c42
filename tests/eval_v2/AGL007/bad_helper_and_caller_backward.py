import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(6, 6), nn.Tanh(), nn.Linear(6, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.1)


def compute_loss(batch):
    x, y = batch
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    return loss


batch = (torch.randn(4, 6), torch.randn(4, 1))
opt.zero_grad()
loss = compute_loss(batch)
loss.backward()  # expect: AGL007
opt.step()
