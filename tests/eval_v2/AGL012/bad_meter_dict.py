import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(4, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
meters = {"loss": 0.0, "n": 0}

for _ in range(3):
    x, y = torch.randn(8, 4), torch.randint(0, 2, (8,))
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    meters["loss"] += loss  # expect: AGL012
    meters["n"] += 1
print(meters["loss"] / meters["n"])
