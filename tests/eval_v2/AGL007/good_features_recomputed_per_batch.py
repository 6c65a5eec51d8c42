import torch
import torch.nn as nn

torch.manual_seed(0)

encoder = nn.Sequential(nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 4))
head = nn.Linear(4, 2)
opt = torch.optim.SGD(list(encoder.parameters()) + list(head.parameters()), lr=0.1)
data, targets = torch.randn(12, 8), torch.randint(0, 2, (12,))

for idx in torch.arange(12).split(4):
    opt.zero_grad()
    features = encoder(data[idx])
    loss = nn.functional.cross_entropy(head(features), targets[idx])
    loss.backward()
    opt.step()
