import torch
import torch.nn as nn


class MultiTask(nn.Module):
    def __init__(self):
        super().__init__()
        self.trunk = nn.Sequential(nn.Linear(6, 12), nn.ReLU())
        self.cls = nn.Linear(12, 3)
        self.reg = nn.Linear(12, 1)

    def forward(self, x):
        z = self.trunk(x)
        return self.cls(z), self.reg(z)


torch.manual_seed(5)
net = MultiTask()
x = torch.randn(9, 6)
logits, value = net(x)
cls_loss = nn.functional.cross_entropy(logits, torch.randint(0, 3, (9,)))
reg_loss = nn.functional.mse_loss(value, torch.randn(9, 1))
cls_loss.backward()
reg_loss.backward()  # expect: AGL007
