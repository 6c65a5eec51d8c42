import torch
from torch import nn

torch.manual_seed(0)
encoder, probe = nn.Linear(12, 6), nn.Linear(6, 2)
opt = torch.optim.SGD(list(encoder.parameters()) + list(probe.parameters()), lr=0.1)
x, y = torch.randn(20, 12), torch.randint(0, 2, (20,))
for epoch in range(3):
    opt.zero_grad()
    features = torch.tanh(encoder(x))
    loss = nn.functional.cross_entropy(probe(features), y)
    loss.backward()
    opt.step()
    print(epoch, loss.item())
