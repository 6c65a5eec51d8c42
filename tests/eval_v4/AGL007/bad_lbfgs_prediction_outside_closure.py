"""L-BFGS closure that reuses a prediction computed outside it."""
import torch
from torch import nn

torch.manual_seed(8)
model = nn.Linear(3, 1)
x, y = torch.randn(12, 3), torch.randn(12, 1)
opt = torch.optim.LBFGS(model.parameters(), max_iter=4)
pred = model(x)


def closure():
    opt.zero_grad()
    loss = nn.functional.mse_loss(pred, y)
    loss.backward()  # expect: AGL007
    return loss


opt.step(closure)
