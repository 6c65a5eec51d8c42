import torch


def test_copy_construct_with_grad():
    t = torch.randn(3)
    w = torch.tensor(t, requires_grad=True)  # claim: AGL016 torch.tensor(t, requires_grad=True)
    print(w)


def test_copy_construct_from_output():
    x = torch.randn(3, requires_grad=True)
    y = torch.tensor(x * 2)  # claim: AGL016 torch.tensor(x * 2)
    print(y)


def test_copy_construct_dtype():
    base = torch.ones(2, 2)
    c = torch.tensor(base, dtype=torch.float64, requires_grad=True)  # claim: AGL016 torch.tensor(base, dtype=torch.float64, requires_grad=True)
    print(c)
