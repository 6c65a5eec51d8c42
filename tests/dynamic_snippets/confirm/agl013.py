import torch


def test_double_after_requires_grad():
    w = torch.randn(3, requires_grad=True).double()  # claim: AGL013 torch.randn(3, requires_grad=True).double()
    print(w.is_leaf)


def test_to_float64():
    w = torch.zeros(2, requires_grad=True).to(torch.float64)  # claim: AGL013 torch.zeros(2, requires_grad=True).to(torch.float64)
    print(w)


def test_half():
    b = torch.ones(4, requires_grad=True).half()  # claim: AGL013 torch.ones(4, requires_grad=True).half()
    print(b)
