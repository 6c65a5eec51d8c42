import torch
import torch.nn as nn

torch.manual_seed(0)


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 2)

    def forward(self, x):
        return self.fc(x)


net = Regressor()
x = torch.randn(4, 3)
target = torch.zeros(4, 2)
err = torch.abs(net(x) - target)
torch.autograd.backward(err)  # expect: AGL002
print(net.fc.weight.grad)
