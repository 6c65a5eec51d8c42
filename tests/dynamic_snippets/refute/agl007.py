import torch


def test_retain_graph_first():
    x = torch.randn(3, requires_grad=True)
    y = (x * 2).sum()
    y.backward(retain_graph=True)
    y.backward()  # claim: AGL007 y.backward()


def test_fresh_graph_each_time():
    x = torch.randn(3, requires_grad=True)
    for _ in range(2):
        y = (x * 2).sum()
        y.backward()  # claim: AGL007 y.backward()
