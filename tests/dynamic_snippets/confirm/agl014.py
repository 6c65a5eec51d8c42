import torch


def test_keyword_typo():
    w = torch.randn(3, require_grad=True)  # claim: AGL014 torch.randn(3, require_grad=True)
    print(w)


def test_attribute_typo():
    w = torch.randn(3)
    w.require_grad = True  # claim: AGL014 w.require_grad
    print(w.requires_grad)


def test_backwards():
    x = torch.randn(3, requires_grad=True)
    loss = (x ** 2).sum()
    loss.backwards()  # claim: AGL014 loss.backwards()
