import torch


def test_freeze_a_non_leaf():
    x = torch.randn(3, requires_grad=True)
    y = x * 2
    y.requires_grad = False  # claim: AGL010 y.requires_grad


def test_requires_grad_false_method():
    x = torch.randn(3, requires_grad=True)
    h = x.exp()
    h.requires_grad_(False)  # claim: AGL010 h.requires_grad_(False)


def test_set_true_on_non_leaf():
    x = torch.randn(3, requires_grad=True)
    z = x + 1
    z.requires_grad = True  # claim: AGL010 z.requires_grad
