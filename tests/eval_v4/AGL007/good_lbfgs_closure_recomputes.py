"""L-BFGS closure that re-runs the model on every evaluation."""
import torch
from torch import nn

torch.manual_seed(8)
model = nn.Linear(3, 1)
x, y = torch.randn(12, 3), torch.randn(12, 1)
opt = torch.optim.LBFGS(model.parameters(), max_iter=4)


def closure():
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    return loss


opt.step(closure)
