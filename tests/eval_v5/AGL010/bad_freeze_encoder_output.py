import torch
import torch.nn as nn

torch.manual_seed(0)
encoder = nn.Sequential(nn.Linear(8, 16), nn.ReLU())
head = nn.Linear(16, 2)
x = torch.randn(4, 8)
features = encoder(x)
features.requires_grad = False  # expect: AGL010
loss = head(features).sum()
