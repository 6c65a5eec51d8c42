import torch
import torch.nn as nn

torch.manual_seed(0)


class RunningEnergy(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(4, 4)
        self.running = torch.zeros(())

    def forward(self, x):
        out = self.proj(x)
        energy = out.pow(2).mean()
        self.running = 0.9 * self.running + 0.1 * energy.detach()
        return out, energy


model = RunningEnergy()
opt = torch.optim.SGD(model.parameters(), lr=0.01)
for _ in range(3):
    out, energy = model(torch.randn(8, 4))
    loss = out.abs().mean() + energy
    opt.zero_grad()
    loss.backward()
    opt.step()
