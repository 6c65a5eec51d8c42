import torch
import torch.nn as nn

torch.manual_seed(0)

critic = nn.Sequential(nn.Linear(4, 16), nn.LeakyReLU(0.2), nn.Linear(16, 1))


def gradient_penalty(critic, real, fake):
    alpha = torch.rand(real.size(0), 1)
    interp = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    d_interp = critic(interp)
    grads = torch.autograd.grad(d_interp, interp, create_graph=True)[0]  # expect: AGL002
    return ((grads.norm(2, dim=1) - 1) ** 2).mean()


real = torch.randn(8, 4)
fake = torch.randn(8, 4)
gp = gradient_penalty(critic, real, fake)
print(gp.item())
