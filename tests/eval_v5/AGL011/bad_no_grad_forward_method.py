import torch
import torch.nn as nn


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(5, 1)

    @torch.no_grad()
    def forward(self, x):
        return self.fc(x)


torch.manual_seed(93)
scorer = Scorer()
opt = torch.optim.SGD(scorer.parameters(), lr=0.1)
loss = (scorer(torch.randn(4, 5)) - 1).pow(2).mean()
opt.zero_grad()
loss.backward()  # expect: AGL011
