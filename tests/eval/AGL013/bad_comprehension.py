import torch
from torch.optim import Adam

weights = [torch.randn(4, requires_grad=True).to(dtype=torch.float64) for _ in range(3)]  # expect: AGL013
opt = Adam(weights, lr=1e-3)
