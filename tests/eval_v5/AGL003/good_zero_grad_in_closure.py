import torch
import torch.nn as nn

torch.manual_seed(19)
model = nn.Linear(2, 1)
opt = torch.optim.LBFGS(model.parameters(), lr=0.5, max_iter=4)
x = torch.randn(16, 2)
y = x @ torch.tensor([[1.5], [-0.5]])


def closure():
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    return loss


for _ in range(2):
    opt.step(closure)
