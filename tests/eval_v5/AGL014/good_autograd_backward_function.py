import torch
import torch.nn as nn

torch.manual_seed(4)
model = nn.Linear(3, 1)
loss = model(torch.randn(5, 3)).pow(2).mean()
torch.autograd.backward(loss)
