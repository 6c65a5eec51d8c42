import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(9)
model = nn.Sequential(nn.Linear(6, 12), nn.ReLU(), nn.Linear(12, 3))
x, y = torch.randn(4, 6), torch.tensor([0, 1, 2, 0])
delta = torch.zeros_like(x, requires_grad=True)
loss = F.cross_entropy(model(x + delta), y)
(g,) = torch.autograd.grad(loss, delta)
delta.add_(0.01 * g.sign())  # expect: AGL008
