import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
model = nn.Linear(8, 3)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
xs = torch.randn(4, 16, 8)
ys = torch.randint(0, 3, (4, 16))

for x, y in zip(xs, ys, strict=True):
    opt.zero_grad()
    losses = F.cross_entropy(model(x), y, reduction="none")
    losses.backward()  # expect: AGL002
    opt.step()
