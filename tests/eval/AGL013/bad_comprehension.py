import torch as T
from torch.optim import Adam

ws = [T.randn(4, requires_grad=True).to(dtype=T.float64) for _ in range(3)]  # expect: AGL013
opt = Adam(ws, lr=1e-3)
