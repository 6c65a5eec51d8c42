import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
model(torch.randn(5, 3)).pow(2).mean().backward()
grad_hist = [np.abs(p.grad.numpy()).max() for p in model.parameters()]
print(np.round(grad_hist, 3))
