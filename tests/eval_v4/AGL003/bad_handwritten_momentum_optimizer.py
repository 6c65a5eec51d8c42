"""A hand-written momentum optimiser with no zero_grad, and a loop that relies on one."""
import torch
from torch import nn


class Momentum:
    def __init__(self, params, lr=0.05, beta=0.9) -> None:
        self.params = list(params)
        self.lr, self.beta = lr, beta
        self.buf = [torch.zeros_like(p) for p in self.params]

    @torch.no_grad()
    def step(self) -> None:
        for p, b in zip(self.params, self.buf, strict=False):
            b.mul_(self.beta).add_(p.grad)
            p.sub_(self.lr * b)


torch.manual_seed(7)
model = nn.Linear(4, 1)
opt = Momentum(model.parameters())
for _ in range(4):
    loss = model(torch.randn(8, 4)).pow(2).mean()
    loss.backward()  # expect: AGL003
    opt.step()
