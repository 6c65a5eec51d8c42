import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(10, 3)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
accum_steps = 2
micro_batches = [(torch.randn(4, 10), torch.randint(0, 3, (4,))) for _ in range(6)]

opt.zero_grad()
for i, (x, y) in enumerate(micro_batches):
    loss = nn.functional.cross_entropy(model(x), y) / accum_steps
    loss.backward()
    if (i + 1) % accum_steps == 0:
        opt.step()
        opt.zero_grad()
