"""Saliency map for a tiny CNN, read from the normalised image."""
import torch
from torch import nn

torch.manual_seed(1)
model = nn.Sequential(
    nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(4, 5)
)
model.eval()
mean = torch.tensor([0.5, 0.4, 0.3]).view(1, 3, 1, 1)
std = torch.tensor([0.2, 0.2, 0.2]).view(1, 3, 1, 1)
image = torch.rand(1, 3, 8, 8, requires_grad=True)
x = (image - mean) / std
score = model(x)[0].max()
score.backward()
grad = x.grad  # expect: AGL001
print(grad)
