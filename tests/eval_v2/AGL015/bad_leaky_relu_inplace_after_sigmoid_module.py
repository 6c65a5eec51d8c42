import torch
import torch.nn as nn

torch.manual_seed(0)


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 6)
        self.squash = nn.Sigmoid()

    def forward(self, z):
        x = self.squash(self.fc(z))
        return nn.functional.leaky_relu(x, 0.1, inplace=True)  # expect: AGL015


dec = Decoder()
out = dec(torch.randn(2, 3))
nn.functional.mse_loss(out, torch.rand(2, 6)).backward()
