import torch
import torch.nn as nn

torch.manual_seed(8)
decoder = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 8))
z = torch.randn(2, 4, requires_grad=True)
x_hat = decoder(z)
target = torch.zeros(2, 8)
(x_hat - target).pow(2).sum().backward()
pixel_grad = x_hat.grad  # expect: AGL001
print(pixel_grad, z.grad.shape)
