import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 3))
x, y = torch.randn(4, 8), torch.randint(0, 3, (4,))
eps, alpha = 0.1, 0.02
delta = torch.zeros_like(x, requires_grad=True)
for _ in range(3):
    loss = nn.functional.cross_entropy(model(x + delta), y)
    (g,) = torch.autograd.grad(loss, delta)
    delta = (delta + alpha * g.sign()).detach().requires_grad_(True)
    delta.clamp_(-eps, eps)  # expect: AGL008
