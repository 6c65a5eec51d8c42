"""Linear regression whose weights come from torch.empty(requires_grad=True)."""
import torch

torch.manual_seed(1)
x, y = torch.randn(10, 4), torch.randn(10, 1)
w = torch.empty(4, 1, requires_grad=True)  # expect: AGL017
b = torch.zeros(1, requires_grad=True)
loss = ((x @ w + b - y) ** 2).mean()
loss.backward()
