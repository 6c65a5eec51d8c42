"""An nn.Module keeps a Python list named requires_grads: not a tensor attribute."""
import torch
from torch import nn


class Freezer(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.body = nn.Linear(3, 3)
        self.requires_grads = [True, False]

    def apply_flags(self) -> None:
        for p, flag in zip(self.body.parameters(), self.requires_grads, strict=True):
            p.requires_grad_(flag)


torch.manual_seed(11)
f = Freezer()
f.apply_flags()
print([p.requires_grad for p in f.parameters()])
