import torch
from torch import nn


def test_zero_grad_every_iteration():
    torch.manual_seed(0)
    model = nn.Linear(3, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(8, 3), torch.randn(8, 1)
    for _ in range(5):
        opt.zero_grad()
        loss = ((model(x) - y) ** 2).mean()
        loss.backward()  # claim: AGL003 loss.backward()
        opt.step()


def test_manual_sgd_grad_none():
    torch.manual_seed(0)
    w = torch.randn(3, requires_grad=True)
    x, t = torch.randn(10, 3), torch.randn(10)
    for _ in range(5):
        loss = ((x @ w - t) ** 2).mean()
        loss.backward()  # claim: AGL003 loss.backward()
        with torch.no_grad():
            w -= 0.1 * w.grad
        w.grad = None
