import torch
from torch import nn

model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
batches = [(torch.randn(4, 2), torch.randn(4, 1)) for _ in range(3)]
for _epoch in range(3):
    opt.zero_grad()
    for xb, yb in batches:
        loss = ((model(xb) - yb) ** 2).mean()
        loss.backward()  # expect: AGL003
        opt.step()
