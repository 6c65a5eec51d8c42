import torch
import torch.nn as nn

torch.manual_seed(5)
encoder = nn.Linear(8, 3)
decoder = nn.Linear(3, 8)
opt_enc = torch.optim.SGD(encoder.parameters(), lr=0.05)
opt_dec = torch.optim.SGD(decoder.parameters(), lr=0.05)
x = torch.randn(16, 8)

for _ in range(4):
    opt_enc.zero_grad()
    opt_dec.zero_grad()
    recon = decoder(encoder(x))
    loss = (recon - x).pow(2).mean()
    loss.backward()
    opt_enc.step()
    opt_dec.step()
