import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 8)
        self.fc2 = nn.Linear(8, 2)

    def forward(self, x):
        h = F.dropout(self.fc1(x), p=0.2, training=self.training, inplace=True)
        h = F.relu(h, inplace=True)
        return self.fc2(h)


MLP()(torch.randn(3, 4)).sum().backward()
