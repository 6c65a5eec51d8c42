import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
loss = nn.functional.mse_loss(model(torch.randn(5, 4)), torch.randn(5, 1))
torch.autograd.backward(loss)
print(model.weight.grad.shape)
