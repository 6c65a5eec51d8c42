import torch
from torch import nn

torch.manual_seed(0)
net = nn.Linear(3, 3)
x = torch.randn(4, 3)
recon = net(x)
loss = (recon - x).pow(2).mean().detach()
print("loss", loss.item())
loss.backward()  # expect: AGL011
