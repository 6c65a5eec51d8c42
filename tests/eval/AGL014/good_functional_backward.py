import torch
from torch import nn

model = nn.Linear(3, 1)
loss = model(torch.randn(4, 3)).pow(2).mean()
torch.autograd.backward(loss)
print(model.weight.grad)
