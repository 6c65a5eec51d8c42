import torch
import torch.nn as nn

torch.manual_seed(0)


def init_latents(n, dim, dtype):
    return torch.randn(n, dim, requires_grad=True).to(dtype)  # expect: AGL013


decoder = nn.Linear(3, 5).double()
latents = init_latents(4, 3, torch.float64)
targets = torch.randn(4, 5, dtype=torch.float64)
opt = torch.optim.Adam([*decoder.parameters(), latents], lr=1e-2)
loss = (decoder(latents) - targets).pow(2).mean()
loss.backward()
opt.step()
