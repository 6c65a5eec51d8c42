import torch
from torch import nn

torch.manual_seed(0)
encoder = nn.Sequential(nn.Linear(6, 8), nn.Tanh())
heads = nn.ModuleList([nn.Linear(8, 1) for _ in range(3)])
x = torch.randn(4, 6)
targets = torch.randn(3, 4, 1)
for head, y in zip(heads, targets, strict=True):
    shared = encoder(x)
    nn.functional.mse_loss(head(shared), y).backward()
print(encoder[0].weight.grad.norm().item())
