import torch
import torch.nn as nn

torch.manual_seed(0)

encoder = nn.Sequential(nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 4))
head = nn.Linear(4, 2)
opt = torch.optim.SGD(list(encoder.parameters()) + list(head.parameters()), lr=0.1)

data = torch.randn(12, 8)
targets = torch.randint(0, 2, (12,))
features = encoder(data)

for idx in torch.arange(12).split(4):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(head(features[idx]), targets[idx])
    loss.backward()  # expect: AGL007
    opt.step()
