import torch
import torch.nn as nn

torch.manual_seed(10)
enc = nn.Linear(16, 4)
dec = nn.Linear(4, 16)
opt_enc = torch.optim.SGD(enc.parameters(), lr=0.01)
opt_dec = torch.optim.SGD(dec.parameters(), lr=0.01)
x = torch.randn(5, 16)

code = torch.sigmoid(enc(x))
recon = dec(code)
loss = (recon - x).pow(2).mean()
opt_dec.zero_grad()
loss.backward()
opt_dec.step()
sparsity = code.abs().mean() * 0.1
opt_enc.zero_grad()
sparsity.backward()  # expect: AGL007
opt_enc.step()
