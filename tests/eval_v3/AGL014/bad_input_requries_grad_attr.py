import torch
from torch import nn

torch.manual_seed(0)
classifier = nn.Sequential(nn.Flatten(), nn.Linear(9, 2))
image = torch.rand(1, 1, 3, 3)
image.requries_grad = True  # expect: AGL014
score = classifier(image)[0, 1]
score.backward()
print("saliency available:", image.grad is not None)
