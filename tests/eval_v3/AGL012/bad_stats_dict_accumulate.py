import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(6, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
stats = {"loss": 0.0, "n": 0}
for _ in range(3):
    x, y = torch.randn(5, 6), torch.randint(0, 2, (5,))
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    stats["loss"] += loss  # expect: AGL012
    stats["n"] += 1
print(stats["loss"] / stats["n"])
