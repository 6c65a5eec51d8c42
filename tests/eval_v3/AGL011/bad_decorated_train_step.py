import torch
from torch import nn


@torch.no_grad()
def train_step(model, opt, x, y):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()  # expect: AGL011
    opt.step()
    return loss.item()


torch.manual_seed(0)
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
print(train_step(model, opt, torch.randn(4, 2), torch.randn(4, 1)))
