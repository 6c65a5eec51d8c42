import torch


def test_grad_data_zero():
    p = torch.randn(3, requires_grad=True)
    (p * 2).sum().backward()
    p.grad.data.zero_()  # claim: AGL006 p.grad.data.zero_()


def test_data_of_plain_tensor():
    stats = torch.zeros(3)
    stats.data.add_(1)  # claim: AGL006 stats.data.add_(1)
