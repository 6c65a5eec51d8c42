"""Custom optimiser whose step() is decorated with @torch.no_grad()."""
import torch
from torch import nn


class SignSGD(torch.optim.Optimizer):
    def __init__(self, params, lr=1e-2, weight_decay=1e-2) -> None:
        super().__init__(params, {"lr": lr, "weight_decay": weight_decay})

    @torch.no_grad()
    def step(self, closure=None):
        for group in self.param_groups:
            for p in group["params"]:
                if p.grad is None:
                    continue
                p.mul_(1 - group["lr"] * group["weight_decay"])
                p.add_(p.grad.sign(), alpha=-group["lr"])


torch.manual_seed(5)
model = nn.Linear(4, 2)
opt = SignSGD(model.parameters())
opt.zero_grad()
model(torch.randn(3, 4)).sum().backward()
opt.step()
