import torch
import torch.nn as nn


class Probe(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(6, 10)
        self.fc2 = nn.Linear(10, 2)

    def forward(self, x):
        self.hidden = torch.relu(self.fc1(x))
        return self.fc2(self.hidden)


torch.manual_seed(2)
model = Probe()
out = model(torch.randn(3, 6))
out[:, 1].sum().backward()
importance = model.hidden.grad  # expect: AGL001
print(importance)
