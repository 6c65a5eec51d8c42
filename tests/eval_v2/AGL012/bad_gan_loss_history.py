import torch
import torch.nn as nn

torch.manual_seed(0)

G = nn.Linear(3, 2)
D = nn.Linear(2, 1)
opt_g = torch.optim.Adam(G.parameters(), lr=1e-3)
opt_d = torch.optim.Adam(D.parameters(), lr=1e-3)
bce = nn.BCEWithLogitsLoss()
d_sum, g_sum = 0.0, 0.0

for _ in range(3):
    fake = G(torch.randn(4, 3))
    opt_d.zero_grad()
    d_loss = bce(D(torch.randn(4, 2)), torch.ones(4, 1)) + bce(D(fake.detach()), torch.zeros(4, 1))
    d_loss.backward()
    opt_d.step()
    opt_g.zero_grad()
    g_loss = bce(D(fake), torch.ones(4, 1))
    g_loss.backward()
    opt_g.step()
    d_sum += d_loss.item()
    g_sum += g_loss  # expect: AGL012
print(d_sum, g_sum)
