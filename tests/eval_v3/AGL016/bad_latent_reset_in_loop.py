import torch
from torch import nn

torch.manual_seed(0)
decoder = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 4))
target = torch.randn(4)
z = torch.zeros(2)
for _ in range(3):
    z = torch.tensor(z, requires_grad=True)  # expect: AGL016
    loss = (decoder(z) - target).pow(2).sum()
    (g,) = torch.autograd.grad(loss, z)
    z = z.detach() - 0.1 * g
print(z)
