import torch
import torch.nn as nn

torch.manual_seed(0)

decoder = nn.Linear(3, 5).double()
init = torch.randn(4, 3)
latents = init.detach().to(torch.float64).requires_grad_(True)
opt = torch.optim.Adam([latents], lr=1e-2)
loss = (decoder(latents) - torch.randn(4, 5, dtype=torch.float64)).pow(2).mean()
loss.backward()
opt.step()
