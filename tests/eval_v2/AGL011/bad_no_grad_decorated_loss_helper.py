import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(5, 1)

    def forward(self, x):
        return self.body(x).squeeze(-1)


@torch.no_grad()
def compute_loss(model, batch):
    x, y = batch
    return F.mse_loss(model(x), y)


model = Scorer()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss = compute_loss(model, (torch.randn(8, 5), torch.randn(8)))
opt.zero_grad()
loss.backward()  # expect: AGL011
opt.step()
