import torch
import torch.nn as nn

torch.manual_seed(10)
eps_model = nn.Sequential(nn.Linear(4, 16), nn.SiLU(), nn.Linear(16, 4))
x = torch.randn(2, 4)
for alpha in (0.9, 0.95, 0.99):
    x = (x - (1 - alpha) * eps_model(x)) / alpha ** 0.5
sample = x.numpy()  # expect: AGL009
