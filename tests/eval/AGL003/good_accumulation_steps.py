import torch
from torch import nn, optim

model = nn.Linear(6, 2)
opt = optim.SGD(model.parameters(), lr=0.1)
accum_steps = 4
micro_batches = [(torch.randn(2, 6), torch.randint(0, 2, (2,))) for _ in range(8)]
for i, (x, y) in enumerate(micro_batches):
    loss = nn.functional.cross_entropy(model(x), y) / accum_steps
    loss.backward()
    if (i + 1) % accum_steps == 0:
        opt.step()
        opt.zero_grad()
