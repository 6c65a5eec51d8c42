import torch


def test_update_outside_no_grad():
    w = torch.randn(3, requires_grad=True)
    (w ** 2).sum().backward()
    w -= 0.1 * w.grad  # claim: AGL008 w -= 0.1 * w.grad


def test_add_on_leaf():
    w = torch.zeros(3, requires_grad=True)
    w.add_(1.0)  # claim: AGL008 w.add_(1.0)


def test_index_assign_on_leaf():
    emb = torch.randn(4, 2, requires_grad=True)
    emb[0] = 0.0  # claim: AGL008 emb[0] = 0.0
