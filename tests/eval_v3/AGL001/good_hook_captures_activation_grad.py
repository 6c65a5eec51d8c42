import torch
from torch import nn

torch.manual_seed(0)
captured = {}


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(5, 5)

    def forward(self, x):
        h = torch.relu(self.fc(x))
        h.register_hook(lambda g: captured.__setitem__("h", g))
        return h


block = Block()
block(torch.randn(2, 5)).sum().backward()
print(captured["h"].shape, block.fc.weight.grad is not None)
