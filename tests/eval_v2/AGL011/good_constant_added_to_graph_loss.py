import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(4, 1)
x = torch.randn(3, 4)
reg = torch.tensor(0.5)
base = torch.tensor(float(x.abs().mean()))
loss = model(x).pow(2).mean() + reg * base
loss.backward()
print(model.weight.grad)
