import torch
import torch.nn as nn

torch.manual_seed(4)
G = nn.Linear(2, 4)
D = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
opt_d = torch.optim.SGD(D.parameters(), lr=0.01)
bce = nn.BCEWithLogitsLoss()
d_total = torch.zeros(())
for _ in range(3):
    real = torch.randn(8, 4)
    with torch.no_grad():
        fake = G(torch.randn(8, 2))
    opt_d.zero_grad()
    d_loss = bce(D(real), torch.ones(8, 1)) + bce(D(fake), torch.zeros(8, 1))
    d_loss.backward()
    opt_d.step()
    d_total += d_loss.detach()
