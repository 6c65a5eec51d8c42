import torch


def test_vector_backward():
    y = torch.randn(4, requires_grad=True) * 2
    y.backward()  # claim: AGL002 y.backward()


def test_autograd_grad_vector():
    x = torch.randn(3, requires_grad=True)
    y = x ** 2
    torch.autograd.grad(y, x)  # claim: AGL002 torch.autograd.grad(y, x)


def test_per_sample_losses():
    pred = torch.randn(8, requires_grad=True)
    losses = torch.nn.functional.mse_loss(pred, torch.zeros(8), reduction="none")
    torch.autograd.backward(losses)  # claim: AGL002 torch.autograd.backward(losses)
