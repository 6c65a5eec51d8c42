import torch
from torch import nn

torch.manual_seed(0)
encoder = nn.Linear(8, 4)
decoder = nn.Linear(4, 8)
params = list(encoder.parameters()) + list(decoder.parameters())
opt = torch.optim.Adam(params, lr=1e-3)
total_recon = 0
for batch in torch.randn(3, 5, 8):
    recon = decoder(torch.relu(encoder(batch)))
    loss = nn.functional.mse_loss(recon, batch)
    total_recon += loss  # expect: AGL012
    opt.zero_grad()
    loss.backward()
    opt.step()
print(total_recon)
