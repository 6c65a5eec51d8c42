import torch
import torch.nn as nn


class Gate(nn.Module):
    def __init__(self):
        super().__init__()
        self.alpha = nn.Parameter(torch.zeros(1), requires_grad=False)


torch.manual_seed(2)
print(Gate().alpha.requires_grad)
