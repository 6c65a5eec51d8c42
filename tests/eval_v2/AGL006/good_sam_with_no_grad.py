import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(5, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(10, 5), torch.randn(10, 1)
rho = 0.05

opt.zero_grad()
nn.functional.mse_loss(model(x), y).backward()
grads = [p.grad.clone() for p in model.parameters()]
norm = torch.norm(torch.stack([g.norm() for g in grads]))
with torch.no_grad():
    for p, g in zip(model.parameters(), grads, strict=True):
        p.add_(rho * g / (norm + 1e-12))
opt.zero_grad()
nn.functional.mse_loss(model(x), y).backward()
opt.step()
