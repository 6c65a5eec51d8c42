import torch
from torch import nn

encoder = nn.Linear(6, 6)
classifier = nn.Linear(6, 3)
with torch.no_grad():
    feats = encoder(torch.randn(4, 6))
loss = nn.functional.cross_entropy(classifier(feats), torch.tensor([0, 1, 2, 0]))
loss.backward()
print(classifier.weight.grad.shape)
