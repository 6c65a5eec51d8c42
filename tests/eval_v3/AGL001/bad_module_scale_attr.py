import torch
from torch import nn


class ScaledLinear(nn.Module):
    def __init__(self, d_in, d_out):
        super().__init__()
        self.fc = nn.Linear(d_in, d_out)
        self.scale = torch.ones(d_out, requires_grad=True) * 0.5

    def forward(self, x):
        return self.fc(x) * self.scale


torch.manual_seed(0)
model = ScaledLinear(4, 2)
inputs = torch.randn(5, 4)
loss = model(inputs).pow(2).mean()
loss.backward()
scale_grad = model.scale.grad  # expect: AGL001
print("fc grad norm", model.fc.weight.grad.norm().item(), scale_grad)
