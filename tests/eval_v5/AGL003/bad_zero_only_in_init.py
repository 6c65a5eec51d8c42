import torch
import torch.nn as nn


class Forecaster:
    def __init__(self):
        self.net = nn.Linear(5, 1)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=1e-2)
        self.optimizer.zero_grad()

    def train_epoch(self, windows, targets):
        for w, t in zip(windows, targets, strict=True):
            loss = (self.net(w) - t).pow(2).mean()
            loss.backward()  # expect: AGL003
            self.optimizer.step()


torch.manual_seed(68)
Forecaster().train_epoch(torch.randn(4, 3, 5), torch.randn(4, 3, 1))
