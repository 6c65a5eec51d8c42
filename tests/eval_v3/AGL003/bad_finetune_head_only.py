import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(10, 10), nn.ReLU())
head = nn.Linear(10, 4)
backbone.requires_grad_(False)
params = [p for p in head.parameters() if p.requires_grad]
optimizer = torch.optim.SGD(params, lr=0.05)
samples = torch.randn(12, 10)
labels = torch.randint(0, 4, (12,))

for i in range(0, 12, 4):
    feats = backbone(samples[i:i + 4])
    loss = nn.functional.cross_entropy(head(feats), labels[i:i + 4])
    loss.backward()  # expect: AGL003
    optimizer.step()
