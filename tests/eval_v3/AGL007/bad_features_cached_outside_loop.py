import torch
from torch import nn

torch.manual_seed(0)
encoder = nn.Linear(12, 6)
probe = nn.Linear(6, 2)
opt = torch.optim.SGD(list(encoder.parameters()) + list(probe.parameters()), lr=0.1)
x = torch.randn(20, 12)
y = torch.randint(0, 2, (20,))

features = torch.tanh(encoder(x))
for epoch in range(3):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(probe(features), y)
    loss.backward()  # expect: AGL007
    opt.step()
    print(epoch, loss.item())
