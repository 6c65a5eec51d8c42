import torch
import torch.nn as nn

torch.manual_seed(0)

decoder = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 4))
target = torch.randn(1, 4)
z = torch.zeros(1, 2, requires_grad=True)

for it in range(3):
    recon = decoder(z)
    loss = nn.functional.mse_loss(recon, target)
    if z.grad is not None:
        z.grad = None
    loss.backward()
    with torch.no_grad():
        z.sub_(0.5 * z.grad)
    print(it, round(loss.item(), 4))
