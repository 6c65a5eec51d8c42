import torch
import torch.nn as nn

torch.manual_seed(0)


class PINN(nn.Module):
    def __init__(self, width=16):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(1, width), nn.Tanh(),
            nn.Linear(width, width), nn.Tanh(),
            nn.Linear(width, 1),
        )

    def forward(self, t):
        return self.net(t)


model = PINN()
t = torch.linspace(0, 1, 20).unsqueeze(1).requires_grad_(True)
u = model(t)
du_dt, = torch.autograd.grad(u, t, create_graph=True)  # expect: AGL002
residual = du_dt + u
loss = residual.pow(2).mean()
loss.backward()
