import torch


def test_matmul_output_scaled_in_place():
    x = torch.randn(4, 3, requires_grad=True)
    w = torch.randn(3, 2, requires_grad=True)
    h = x @ w
    h *= 2  # claim: AGL015 h *= 2
    h.sum().backward()
