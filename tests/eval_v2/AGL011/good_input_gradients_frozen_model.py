import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(5, 5), nn.ReLU(), nn.Linear(5, 2))
for p in model.parameters():
    p.requires_grad_(False)
x = torch.randn(1, 5, requires_grad=True)
logit = model(x)[0, 1]
logit.backward()
print(x.grad)
