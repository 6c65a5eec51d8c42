"""L-BFGS closure calling loss.backword()."""
import torch
from torch import nn

torch.manual_seed(13)
model = nn.Linear(2, 1)
x, y = torch.randn(10, 2), torch.randn(10, 1)
opt = torch.optim.LBFGS(model.parameters(), max_iter=2)


def closure():
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backword()  # expect: AGL014
    return loss


opt.step(closure)
