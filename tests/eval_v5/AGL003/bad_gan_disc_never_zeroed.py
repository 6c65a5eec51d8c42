import torch
import torch.nn as nn

torch.manual_seed(67)
G = nn.Linear(2, 4)
D = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
opt_d = torch.optim.SGD(D.parameters(), lr=0.01)
bce = nn.BCEWithLogitsLoss()
for _ in range(4):
    real = torch.randn(8, 4)
    fake = G(torch.randn(8, 2)).detach()
    d_loss = bce(D(real), torch.ones(8, 1)) + bce(D(fake), torch.zeros(8, 1))
    d_loss.backward()  # expect: AGL003
    opt_d.step()
