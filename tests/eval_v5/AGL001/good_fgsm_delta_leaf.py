import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)
model = nn.Sequential(nn.Linear(10, 16), nn.ReLU(), nn.Linear(16, 3))
x = torch.randn(4, 10)
y = torch.randint(0, 3, (4,))
delta = torch.zeros_like(x, requires_grad=True)
x_adv = x + delta
F.cross_entropy(model(x_adv), y).backward()
step = delta.grad.sign() * 0.03
print(step.abs().max())
