import torch
import torch.nn as nn

torch.manual_seed(0)


class GateHead(nn.Module):
    def __init__(self, d, scale=2.0):
        super().__init__()
        self.fc = nn.Linear(d, d)
        self.scale = scale

    def forward(self, x):
        probs = torch.sigmoid(self.fc(x))
        probs *= self.scale  # expect: AGL015
        return probs


head = GateHead(4)
loss = head(torch.randn(3, 4)).sum()
loss.backward()
