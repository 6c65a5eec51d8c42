import torch
from torch import nn


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 1)

    def forward(self, x):
        return self.fc(x)

    @torch.no_grad()
    def predict(self, x):
        return self.forward(x)


torch.manual_seed(0)
model = Regressor()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
opt.zero_grad()
loss = nn.functional.mse_loss(model(torch.randn(6, 4)), torch.randn(6, 1))
loss.backward()
opt.step()
print(model.predict(torch.randn(2, 4)))
