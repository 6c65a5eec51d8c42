import torch
import torch.nn as nn

torch.manual_seed(0)

encoder = nn.Linear(12, 6)
decoder = nn.Linear(6, 12)
params = list(encoder.parameters()) + list(decoder.parameters())
opt = torch.optim.SGD(params, lr=0.01)

x = torch.randn(9, 12)
for _ in range(2):
    opt.zero_grad()
    recon = decoder(torch.relu(encoder(x)))
    per_feature = ((recon - x) ** 2).sum(dim=0)
    per_feature.backward()  # expect: AGL002
    opt.step()
