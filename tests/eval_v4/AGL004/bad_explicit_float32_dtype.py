"""The author spelled out float32, thinking explicit is enough."""
import torch


def rbf(x, centers):
    return torch.exp(-torch.cdist(x, centers) ** 2)


torch.manual_seed(10)
x = torch.randn(3, 2, dtype=torch.float32, requires_grad=True)
centers = torch.randn(4, 2, dtype=torch.float32, requires_grad=True)
passed = torch.autograd.gradcheck(rbf, (x, centers), raise_exception=False)  # expect: AGL004
