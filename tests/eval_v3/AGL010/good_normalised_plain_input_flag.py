import torch
from torch import nn

torch.manual_seed(0)
classifier = nn.Sequential(nn.Flatten(), nn.Linear(16, 3))
image = torch.rand(1, 1, 4, 4)
x = (image - 0.5) / 0.25
x.requires_grad = True
classifier(x)[0, 2].backward()
print(x.grad.abs().max())
