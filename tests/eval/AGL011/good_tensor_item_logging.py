import torch
from torch import nn

model = nn.Linear(3, 1)
raw = model(torch.randn(5, 3)).pow(2).mean()
logged = torch.tensor(raw.item())
raw.backward()
print(logged, model.bias.grad)
