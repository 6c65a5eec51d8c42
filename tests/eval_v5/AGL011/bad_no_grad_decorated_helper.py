import torch
import torch.nn as nn


@torch.no_grad()
def compute_loss(model, batch):
    x, y = batch
    return nn.functional.mse_loss(model(x), y)


torch.manual_seed(6)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss = compute_loss(model, (torch.randn(5, 3), torch.randn(5, 1)))
opt.zero_grad()
loss.backward()  # expect: AGL011
opt.step()
