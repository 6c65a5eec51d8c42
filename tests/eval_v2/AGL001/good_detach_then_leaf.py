import torch
import torch.nn as nn

torch.manual_seed(0)

features = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.Conv2d(4, 4, 3, padding=1))
for p in features.parameters():
    p.requires_grad_(False)

target_feats = features(torch.rand(1, 3, 8, 8))
canvas = torch.rand(1, 3, 8, 8).clamp(0.0, 1.0).requires_grad_(True)
opt = torch.optim.Adam([canvas], lr=0.05)

for it in range(2):
    opt.zero_grad()
    loss = nn.functional.mse_loss(features(canvas), target_feats)
    loss.backward()
    print(it, loss.item(), canvas.grad.abs().max().item())
    opt.step()
