import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 1))
model[0].requires_grad_(False)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for _ in range(2):
    model.zero_grad(set_to_none=True)
    model(torch.randn(3, 4)).pow(2).mean().backward()
    opt.step()
