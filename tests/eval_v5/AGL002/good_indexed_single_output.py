import torch
import torch.nn as nn

torch.manual_seed(17)
classifier = nn.Linear(6, 4)
x = torch.randn(1, 6, requires_grad=True)
scores = classifier(x)
scores[0, 2].backward()
print(x.grad.abs().max())
