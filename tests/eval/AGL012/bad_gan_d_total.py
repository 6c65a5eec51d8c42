import torch
from torch import nn

D = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1))
opt_d = torch.optim.Adam(D.parameters(), lr=2e-4)
bce = nn.BCEWithLogitsLoss()
d_total = 0
for _ in range(3):
    opt_d.zero_grad()
    loss_real = bce(D(torch.randn(8, 2)), torch.ones(8, 1))
    loss_fake = bce(D(torch.randn(8, 2) * 3), torch.zeros(8, 1))
    (loss_real + loss_fake).backward()
    opt_d.step()
    d_total += loss_real + loss_fake  # expect: AGL012
print(d_total)
