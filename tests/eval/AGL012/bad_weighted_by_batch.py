import torch
from torch import nn

model = nn.Linear(4, 3)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
crit = nn.CrossEntropyLoss()
seen, total = 0, 0.0
for _ in range(3):
    x = torch.randn(5, 4)
    y = torch.randint(0, 3, (5,))
    opt.zero_grad()
    loss = crit(model(x), y)
    loss.backward()
    opt.step()
    total += loss * x.size(0)  # expect: AGL012
    seen += x.size(0)
print(total / seen)
