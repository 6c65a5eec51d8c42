"""Saliency map read from the raw image leaf, normalisation applied after it."""
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
score = model((image - mean) / std)[0].max()
score.backward()
saliency = image.grad.abs().amax(dim=1)
print(saliency.shape)
