import torch
import torch.nn as nn


class Gate(nn.Module):
    def __init__(self):
        super().__init__()
        self.alpha = nn.Parameter(torch.zeros(1), require_grad=False)  # expect: AGL014


torch.manual_seed(2)
Gate()
