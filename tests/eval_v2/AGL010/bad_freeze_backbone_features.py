import torch
import torch.nn as nn

torch.manual_seed(0)

backbone = nn.Sequential(nn.Linear(10, 16), nn.ReLU())
classifier = nn.Linear(16, 4)
opt = torch.optim.SGD(classifier.parameters(), lr=0.1)

x = torch.randn(8, 10)
y = torch.randint(0, 4, (8,))
features = backbone(x)
features.requires_grad = False  # expect: AGL010
loss = nn.functional.cross_entropy(classifier(features), y)
loss.backward()
opt.step()
