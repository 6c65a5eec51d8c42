import torch


def test_noop_float():
    a = torch.randn(3, requires_grad=True).float()  # claim: AGL013 torch.randn(3, requires_grad=True).float()
    print(a.is_leaf)


def test_noop_to_cpu():
    d = torch.randn(3, requires_grad=True).to("cpu")  # claim: AGL013 torch.randn(3, requires_grad=True).to("cpu")
    print(d.is_leaf)
