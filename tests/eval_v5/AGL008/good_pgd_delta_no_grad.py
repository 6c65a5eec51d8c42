import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(9)
model = nn.Sequential(nn.Linear(6, 12), nn.ReLU(), nn.Linear(12, 3))
x, y = torch.randn(4, 6), torch.tensor([0, 1, 2, 0])
delta = torch.zeros_like(x, requires_grad=True)
for _ in range(3):
    loss = F.cross_entropy(model(x + delta), y)
    (g,) = torch.autograd.grad(loss, delta)
    with torch.no_grad():
        delta.add_(0.01 * g.sign())
        delta.clamp_(-0.03, 0.03)
