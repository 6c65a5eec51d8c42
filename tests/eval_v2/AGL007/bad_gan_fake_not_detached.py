import torch
import torch.nn as nn

torch.manual_seed(0)

netG = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))
netD = nn.Sequential(nn.Linear(2, 16), nn.LeakyReLU(0.2), nn.Linear(16, 1))
optD = torch.optim.Adam(netD.parameters(), lr=2e-4)
optG = torch.optim.Adam(netG.parameters(), lr=2e-4)
criterion = nn.BCEWithLogitsLoss()

real = torch.randn(8, 2)
noise = torch.randn(8, 4)
fake = netG(noise)

optD.zero_grad()
errD = criterion(netD(real), torch.ones(8, 1)) + criterion(netD(fake), torch.zeros(8, 1))
errD.backward()
optD.step()

optG.zero_grad()
errG = criterion(netD(fake), torch.ones(8, 1))
errG.backward()  # expect: AGL007
optG.step()
