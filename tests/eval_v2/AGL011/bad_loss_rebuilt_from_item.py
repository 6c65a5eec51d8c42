import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(4, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.01)
micro = [torch.randn(3, 4) for _ in range(3)]

opt.zero_grad()
total = 0.0
for x in micro:
    total += model(x).pow(2).mean().item()
loss = torch.tensor(total / len(micro))
loss.backward()  # expect: AGL011
opt.step()
