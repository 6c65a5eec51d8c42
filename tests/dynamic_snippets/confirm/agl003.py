import torch
from torch import nn


def test_optimizer_without_zero_grad():
    torch.manual_seed(0)
    model = nn.Linear(3, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(8, 3), torch.randn(8, 1)
    for _ in range(5):
        loss = ((model(x) - y) ** 2).mean()
        loss.backward()  # claim: AGL003 loss.backward()
        opt.step()


def test_manual_sgd_without_reset():
    torch.manual_seed(0)
    w = torch.randn(3, requires_grad=True)
    x, t = torch.randn(10, 3), torch.randn(10)
    for _ in range(5):
        loss = ((x @ w - t) ** 2).mean()
        loss.backward()  # claim: AGL003 loss.backward()
        with torch.no_grad():
            w -= 0.1 * w.grad


def test_zero_grad_only_before_the_loop():
    torch.manual_seed(0)
    model = nn.Linear(2, 2)
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    opt.zero_grad()
    batches = [torch.randn(4, 2) for _ in range(4)]
    for batch in batches:
        loss = model(batch).pow(2).sum()
        loss.backward()  # claim: AGL003 loss.backward()
        opt.step()
