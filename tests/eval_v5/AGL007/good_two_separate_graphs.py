import torch
import torch.nn as nn

torch.manual_seed(10)
enc = nn.Linear(16, 4)
dec = nn.Linear(4, 16)
x = torch.randn(5, 16)

code = torch.sigmoid(enc(x))
recon_loss = (dec(code) - x).pow(2).mean()
recon_loss.backward()
code = torch.sigmoid(enc(x))
sparsity = code.abs().mean() * 0.1
sparsity.backward()
