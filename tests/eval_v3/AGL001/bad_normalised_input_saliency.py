import torch
from torch import nn

torch.manual_seed(0)
mean, std = 0.5, 0.25
classifier = nn.Sequential(nn.Flatten(), nn.Linear(16, 3))
image = torch.rand(1, 1, 4, 4, requires_grad=True)
normed = (image - mean) / std
score = classifier(normed)[0, 2]
score.backward()
saliency = normed.grad  # expect: AGL001
print("saliency computed:", saliency is not None, image.grad.abs().max().item())
