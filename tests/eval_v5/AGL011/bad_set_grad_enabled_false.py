import torch
import torch.nn as nn

torch.manual_seed(5)
encoder = nn.Linear(8, 3)
decoder = nn.Linear(3, 8)
x = torch.randn(4, 8)
with torch.set_grad_enabled(False):
    recon = decoder(encoder(x))
recon_loss = (recon - x).pow(2).mean()
recon_loss.backward()  # expect: AGL011
