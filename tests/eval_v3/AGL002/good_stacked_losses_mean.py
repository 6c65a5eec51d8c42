import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
batch = [(torch.randn(4), torch.randn(1)) for _ in range(5)]
per_sample = [nn.functional.mse_loss(net(f), t) for f, t in batch]
torch.stack(per_sample).mean().backward()
print(net[0].weight.grad.norm().item())
