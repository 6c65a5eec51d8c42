import torch


def test_update_under_no_grad():
    w = torch.randn(3, requires_grad=True)
    (w ** 2).sum().backward()
    with torch.no_grad():
        w -= 0.1 * w.grad  # claim: AGL008 w -= 0.1 * w.grad


def test_inplace_on_activation():
    x = torch.randn(3, requires_grad=True)
    h = x * 2
    h.add_(1.0)  # claim: AGL008 h.add_(1.0)
    h.sum().backward()
