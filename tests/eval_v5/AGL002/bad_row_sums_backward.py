import torch
import torch.nn as nn


class Reconstructor(nn.Module):
    def __init__(self):
        super().__init__()
        self.ae = nn.Sequential(nn.Linear(8, 3), nn.ReLU(), nn.Linear(3, 8))
        self.crit = nn.MSELoss(reduction="none")

    def loss(self, x):
        return self.crit(self.ae(x), x).sum(dim=1)


torch.manual_seed(65)
model = Reconstructor()
model.loss(torch.randn(4, 8)).backward()  # expect: AGL002
