import torch
import torch.nn as nn

torch.manual_seed(3)
classifier = nn.Sequential(nn.Flatten(), nn.Linear(16, 5))
image = torch.rand(1, 4, 4, requires_grad=True)
normalised = (image - 0.5) / 0.25
score = classifier(normalised)[0, 2]
score.backward()
saliency = normalised.grad  # expect: AGL001
print(saliency)
