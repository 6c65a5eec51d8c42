import torch


def test_one_element_with_dimensions():
    critic = torch.randn(1, 1, requires_grad=True) * 3
    critic.backward()  # claim: AGL002 critic.backward()


def test_gradient_given():
    y = torch.randn(4, requires_grad=True) * 2
    y.backward(gradient=torch.ones_like(y))  # claim: AGL002 y.backward(gradient=torch.ones_like(y))
