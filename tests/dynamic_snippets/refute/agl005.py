import torch


def test_float_literals():
    t = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)  # claim: AGL005 requires_grad=True
    print(t)


def test_float_then_flag():
    counts = torch.arange(5).float()
    counts.requires_grad_()  # claim: AGL005 counts.requires_grad_()
