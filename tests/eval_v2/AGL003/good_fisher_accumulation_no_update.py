import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(6, 8), nn.Tanh(), nn.Linear(8, 3))
samples = [(torch.randn(1, 6), torch.randint(0, 3, (1,))) for _ in range(5)]
fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters()}

for x, y in samples:
    model.zero_grad()
    F.cross_entropy(model(x), y).backward()
    for n, p in model.named_parameters():
        fisher[n] += p.grad.detach() ** 2 / len(samples)
print({n: f.sum().item() for n, f in fisher.items()})
