"""A hand-written Adam whose update goes through p.data."""
import torch
from torch import nn


class TinyAdam:
    def __init__(self, params, lr=1e-2, betas=(0.9, 0.999), eps=1e-8) -> None:
        self.params = [p for p in params if p.requires_grad]
        self.lr, self.betas, self.eps, self.t = lr, betas, eps, 0
        self.m = [torch.zeros_like(p) for p in self.params]
        self.v = [torch.zeros_like(p) for p in self.params]

    def step(self) -> None:
        self.t += 1
        b1, b2 = self.betas
        for p, m, v in zip(self.params, self.m, self.v, strict=True):
            g = p.grad.detach()
            m.mul_(b1).add_(g, alpha=1 - b1)
            v.mul_(b2).addcmul_(g, g, value=1 - b2)
            step = self.lr * (m / (1 - b1 ** self.t)) / ((v / (1 - b2 ** self.t)).sqrt() + self.eps)
            p.data.sub_(step)  # expect: AGL006


torch.manual_seed(10)
model = nn.Linear(3, 1)
opt = TinyAdam(model.parameters())
model.zero_grad()
model(torch.randn(6, 3)).pow(2).mean().backward()
opt.step()
