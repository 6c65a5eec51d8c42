import torch
import torch.nn as nn
import torch.nn.functional as F


class Denoiser(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(17, 32), nn.SiLU(), nn.Linear(32, 16))

    def forward(self, x, t):
        return self.net(torch.cat([x, t[:, None]], dim=1))


torch.manual_seed(6)
model = Denoiser()
x0 = torch.randn(4, 16)
t = torch.rand(4)
noise = torch.randn_like(x0)
xt = (1 - t[:, None]).sqrt() * x0 + t[:, None].sqrt() * noise
loss = F.mse_loss(model(xt, t), noise, reduction="none")
loss.backward()  # expect: AGL002
