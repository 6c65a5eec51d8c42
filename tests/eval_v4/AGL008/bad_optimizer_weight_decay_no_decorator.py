"""A custom optimiser step without @torch.no_grad(): decoupled weight decay fails."""
import torch
from torch import nn


class SignSGD(torch.optim.Optimizer):
    def __init__(self, params, lr=1e-2, weight_decay=1e-2) -> None:
        super().__init__(params, {"lr": lr, "weight_decay": weight_decay})

    def step(self, closure=None):
        for group in self.param_groups:
            for p in group["params"]:
                if p.grad is None:
                    continue
                update = p.grad.sign() + group["weight_decay"] * p
                p.sub_(group["lr"] * update)  # expect: AGL008


torch.manual_seed(5)
model = nn.Linear(4, 2)
opt = SignSGD(model.parameters())
opt.zero_grad()
model(torch.randn(3, 4)).sum().backward()
opt.step()
