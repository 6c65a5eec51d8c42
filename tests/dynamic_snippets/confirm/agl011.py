import torch
from torch import nn


def test_forward_under_no_grad():
    model = nn.Linear(3, 1)
    with torch.no_grad():
        loss = model(torch.randn(4, 3)).pow(2).mean()
    loss.backward()  # claim: AGL011 loss.backward()


def test_detached_loss():
    x = torch.randn(3, requires_grad=True)
    loss = (x ** 2).sum().detach()
    loss.backward()  # claim: AGL011 loss.backward()


def test_loss_rebuilt_from_item():
    x = torch.randn(3, requires_grad=True)
    loss = torch.tensor((x ** 2).sum().item())
    loss.backward()  # claim: AGL011 loss.backward()
