import torch


def to_leaf(t):
    return torch.tensor(t, requires_grad=True)  # expect: AGL016


torch.manual_seed(3)
x = to_leaf(torch.linspace(-1, 1, 5))
torch.sigmoid(x).sum().backward()
