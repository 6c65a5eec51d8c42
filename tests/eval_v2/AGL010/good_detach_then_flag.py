import torch
import torch.nn as nn

torch.manual_seed(0)

backbone = nn.Sequential(nn.Linear(10, 16), nn.ReLU())
classifier = nn.Linear(16, 4)
opt = torch.optim.SGD(classifier.parameters(), lr=0.1)
features = backbone(torch.randn(8, 10)).detach()
features.requires_grad = True
loss = nn.functional.cross_entropy(classifier(features), torch.randint(0, 4, (8,)))
loss.backward()
opt.step()
print(features.grad.shape)
