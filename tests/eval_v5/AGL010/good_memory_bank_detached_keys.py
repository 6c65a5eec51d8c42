import torch
import torch.nn as nn


class MemoryBank:
    def __init__(self):
        self.proj = nn.Linear(4, 4)
        self.keys = None

    def update(self, x):
        self.keys = self.proj(x).detach()
        self.keys.requires_grad = False


torch.manual_seed(4)
bank = MemoryBank()
bank.update(torch.randn(7, 4))
print(bank.keys.requires_grad)
