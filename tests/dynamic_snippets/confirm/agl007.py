import torch


def test_second_backward_raises():
    x = torch.randn(3, requires_grad=True)
    y = (x * 2).sum()
    y.backward()
    y.backward()  # claim: AGL007 y.backward()


def test_autograd_grad_twice():
    x = torch.randn(3, requires_grad=True)
    y = (x.exp() * x).sum()
    torch.autograd.grad(y, x)
    torch.autograd.grad(y, x)  # claim: AGL007 torch.autograd.grad(y, x)


def test_silent_double_gradient():
    x = torch.randn(3, requires_grad=True)
    y = (x + 1).sum()
    y.backward()
    y.backward()  # claim: AGL007 y.backward()
    print(x.grad)
