import torch
import torch.nn as nn

torch.manual_seed(0)


class NMF(nn.Module):
    def __init__(self, n, m, k):
        super().__init__()
        self.W = nn.Parameter(torch.rand(n, k))
        self.H = nn.Parameter(torch.rand(k, m))

    def forward(self):
        return self.W @ self.H


V = torch.rand(6, 5)
nmf = NMF(6, 5, 2)
opt = torch.optim.Adam(nmf.parameters(), lr=0.05)
for _ in range(3):
    opt.zero_grad()
    loss = ((nmf() - V) ** 2).sum()
    loss.backward()
    opt.step()
    for p in nmf.parameters():
        p.clamp_(min=0.0)  # expect: AGL008
