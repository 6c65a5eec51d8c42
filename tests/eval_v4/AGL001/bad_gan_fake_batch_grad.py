"""GAN: look at how strongly D pushes on the generated images."""
import torch
from torch import nn

torch.manual_seed(9)
G = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 6))
D = nn.Sequential(nn.Linear(6, 8), nn.LeakyReLU(0.2), nn.Linear(8, 1))
opt_g = torch.optim.Adam(G.parameters(), lr=1e-3)
z = torch.randn(5, 4)
fake = G(z)
g_loss = nn.functional.binary_cross_entropy_with_logits(D(fake), torch.ones(5, 1))
opt_g.zero_grad()
g_loss.backward()
push = fake.grad  # expect: AGL001
opt_g.step()
print(push)
