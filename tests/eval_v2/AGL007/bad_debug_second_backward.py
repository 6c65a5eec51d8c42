import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(3, 3), nn.Softplus(), nn.Linear(3, 1))
x = torch.randn(4, 3)
loss = model(x).pow(2).mean()
loss.backward()
first = [p.grad.clone() for p in model.parameters()]
model.zero_grad()
loss.backward()  # expect: AGL007
second = [p.grad for p in model.parameters()]
print(all(torch.allclose(a, b) for a, b in zip(first, second, strict=True)))
