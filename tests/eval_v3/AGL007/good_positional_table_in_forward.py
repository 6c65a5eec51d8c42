import torch
from torch import nn


class Tagger(nn.Module):
    def __init__(self, seq_len, dim):
        super().__init__()
        self.pos_raw = nn.Parameter(torch.randn(seq_len, dim))
        self.out = nn.Linear(dim, 3)

    def forward(self, x):
        return self.out(x + torch.tanh(self.pos_raw))


torch.manual_seed(0)
model = Tagger(4, 6)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(2):
    x, y = torch.randn(2, 4, 6), torch.randint(0, 3, (2, 4))
    opt.zero_grad()
    nn.functional.cross_entropy(model(x).flatten(0, 1), y.flatten()).backward()
    opt.step()
