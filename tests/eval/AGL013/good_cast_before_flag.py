import torch
from torch.optim import Adam

weights = [torch.randn(4).double().requires_grad_() for _ in range(3)]
opt = Adam(weights, lr=1e-3)
print(len(weights))
