import torch
from torch import nn

torch.manual_seed(0)
encoder = nn.Sequential(nn.Linear(5, 10), nn.Tanh())
decoder = nn.Linear(10, 5)
enc_opt = torch.optim.Adam(encoder.parameters(), lr=1e-3)
dec_opt = torch.optim.SGD(decoder.parameters(), lr=1e-2)
x = torch.randn(8, 5)
recon_loss = nn.functional.mse_loss(decoder(encoder(x)), x)

enc_opt.zero_grad()
recon_loss.backward()
enc_opt.step()
dec_opt.zero_grad()
recon_loss.backward()  # expect: AGL007
dec_opt.step()
