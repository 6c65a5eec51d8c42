import torch


def test_int_factory():
    t = torch.tensor([1, 2, 3], requires_grad=True)  # claim: AGL005 requires_grad=True
    print(t)


def test_int_setter():
    counts = torch.arange(5)
    counts.requires_grad = True  # claim: AGL005 counts.requires_grad
    print(counts)


def test_bool_requires_grad_():
    mask = torch.rand(4) > 0.5
    mask.requires_grad_()  # claim: AGL005 mask.requires_grad_()
