import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(9)
encoder = nn.Sequential(nn.Linear(10, 16), nn.ReLU(), nn.Linear(16, 8))
opt = torch.optim.SGD(encoder.parameters(), lr=0.1)


def train_step(view_a, view_b, temperature=0.2):
    za = F.normalize(encoder(view_a), dim=1)
    zb = F.normalize(encoder(view_b), dim=1)
    logits = za @ zb.T / temperature
    loss = F.cross_entropy(logits, torch.arange(len(za)))
    opt.zero_grad(set_to_none=True)
    loss.backward()
    opt.step()
    return loss.item()


for _ in range(3):
    x = torch.randn(6, 10)
    train_step(x + 0.1 * torch.randn_like(x), x + 0.1 * torch.randn_like(x))
