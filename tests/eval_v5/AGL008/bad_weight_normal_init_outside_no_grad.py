import torch
import torch.nn as nn


class Head(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(16, 4)
        self.proj.weight.normal_(0.0, 0.02)  # expect: AGL008


torch.manual_seed(84)
Head()
