import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(5, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
loader = [(torch.randn(n, 5), torch.randn(n, 1)) for n in (3, 5, 4)]
total, seen = 0.0, 0
for x, y in loader:
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    total += loss * x.size(0)  # expect: AGL012
    seen += x.size(0)
print("mean loss", total / seen)
