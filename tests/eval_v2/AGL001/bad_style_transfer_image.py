import torch
import torch.nn as nn

torch.manual_seed(0)

features = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.Conv2d(4, 4, 3, padding=1))
for p in features.parameters():
    p.requires_grad_(False)

content = torch.rand(1, 3, 8, 8)
target_feats = features(content)

canvas = torch.rand(1, 3, 8, 8, requires_grad=True)

for it in range(2):
    image = canvas.clamp(0.0, 1.0)
    loss = nn.functional.mse_loss(features(image), target_feats)
    loss.backward()
    step = image.grad  # expect: AGL001
    print(it, loss.item(), step is None)
