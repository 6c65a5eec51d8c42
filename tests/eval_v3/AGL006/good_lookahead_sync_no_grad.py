import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
inner = torch.optim.SGD(model.parameters(), lr=0.1)
slow = [p.detach().clone() for p in model.parameters()]
k, alpha = 2, 0.5
for step in range(1, 5):
    inner.zero_grad()
    nn.functional.mse_loss(model(torch.randn(6, 4)), torch.randn(6, 2)).backward()
    inner.step()
    if step % k == 0:
        with torch.no_grad():
            for fast, s in zip(model.parameters(), slow, strict=True):
                s.add_(alpha * (fast - s))
                fast.copy_(s)
