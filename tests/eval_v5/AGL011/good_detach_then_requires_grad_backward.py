import torch
import torch.nn as nn

torch.manual_seed(42)
model = nn.Linear(4, 4)
z = model(torch.randn(2, 4)).detach().requires_grad_()
loss = z.pow(2).sum()
loss.backward()
print(z.grad.shape)
