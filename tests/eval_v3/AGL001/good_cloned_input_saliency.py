import torch
from torch import nn

torch.manual_seed(0)
classifier = nn.Sequential(nn.Flatten(), nn.Linear(16, 3))
image = torch.rand(1, 1, 4, 4)
x = image.clone().requires_grad_()
score = classifier((x - 0.5) / 0.25)[0, 1]
score.backward()
saliency = x.grad.abs().squeeze()
print(saliency.max().item())
