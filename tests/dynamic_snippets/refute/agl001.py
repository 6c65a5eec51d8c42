import torch


def test_leaf():
    w = torch.randn(3, requires_grad=True)
    w.sum().backward()
    print(w.grad)  # claim: AGL001 w.grad


def test_retained():
    x = torch.randn(3, requires_grad=True)
    h = x * 2
    h.retain_grad()
    h.sum().backward()
    print(h.grad)  # claim: AGL001 h.grad
