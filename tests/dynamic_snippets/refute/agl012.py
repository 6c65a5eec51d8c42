import torch


def test_item():
    w = torch.randn(2, requires_grad=True)
    total = 0.0
    for _ in range(3):
        loss = (w ** 2).sum()
        total += loss.item()  # claim: AGL012 total += loss.item()
