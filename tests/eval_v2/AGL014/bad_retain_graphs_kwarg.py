import torch
import torch.nn as nn

torch.manual_seed(0)

encoder = nn.Linear(6, 4)
dec_a, dec_b = nn.Linear(4, 6), nn.Linear(4, 6)
x = torch.randn(3, 6)
z = torch.tanh(encoder(x))
loss_a = (dec_a(z) - x).pow(2).mean()
loss_b = (dec_b(z) - x).abs().mean()
loss_a.backward(retain_graphs=True)  # expect: AGL014
loss_b.backward()
