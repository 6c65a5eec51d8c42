"""torch.autograd.backward(loss) spelled out as a function call."""
import torch
from torch import nn

torch.manual_seed(3)
model = nn.Linear(3, 1)
loss = nn.functional.mse_loss(model(torch.randn(5, 3)), torch.randn(5, 1))
torch.autograd.backward(loss)
print(model.weight.grad.shape)
