import torch
from torch import nn

torch.manual_seed(0)
trunk = nn.Sequential(nn.Linear(6, 8), nn.Tanh())
heads = nn.ModuleList([nn.Linear(8, 1) for _ in range(3)])
feats = trunk(torch.randn(4, 6))
losses = [head(feats).pow(2).mean() for head in heads]
for i, loss in enumerate(losses):
    loss.backward(retain_graph=i < len(losses) - 1)
print(trunk[0].weight.grad.norm().item())
