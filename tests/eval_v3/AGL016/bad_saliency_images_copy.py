import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Flatten(), nn.Linear(16, 4))
images = torch.rand(2, 1, 4, 4)
inp = torch.tensor(images, requires_grad=True)  # expect: AGL016
scores = model(inp)
scores[torch.arange(2), scores.argmax(1)].sum().backward()
saliency = inp.grad.abs().amax(dim=1)
print(saliency.shape)
