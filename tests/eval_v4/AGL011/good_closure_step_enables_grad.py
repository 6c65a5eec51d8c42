"""optimizer.step(closure) re-enables grad for the closure, even inside no_grad."""
import torch
from torch import nn

torch.manual_seed(10)
model = nn.Linear(3, 1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)


def closure():
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    return loss


with torch.no_grad():
    opt.step(closure)
