import torch
import torch.nn as nn

torch.manual_seed(66)
model = nn.Linear(4, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
micro = [(torch.randn(2, 4), torch.randint(0, 2, (2,))) for _ in range(6)]
for i, (x, y) in enumerate(micro):
    loss = nn.functional.cross_entropy(model(x), y) / 2
    loss.backward()  # expect: AGL003
    if (i + 1) % 2 == 0:
        opt.step()
