import torch
import torch.nn as nn

torch.manual_seed(0)
encoder = nn.Sequential(nn.Linear(8, 16), nn.ReLU())
head = nn.Linear(16, 2)
x = torch.randn(4, 8)
features = encoder(x).detach()
features.requires_grad = True
head(features).sum().backward()
print(features.grad.shape)
