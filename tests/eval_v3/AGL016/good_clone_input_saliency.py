import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Flatten(), nn.Linear(16, 4))
images = torch.rand(2, 1, 4, 4)
inp = images.clone().requires_grad_()
scores = model(inp)
scores[torch.arange(2), scores.argmax(1)].sum().backward()
print(inp.grad.abs().amax(dim=1).shape)
