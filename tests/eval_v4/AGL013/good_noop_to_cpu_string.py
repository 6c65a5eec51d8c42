"""to('cpu') on a CPU tensor is a no-op that returns the same leaf."""
import torch

torch.manual_seed(3)
device = "cpu"
z = torch.randn(1, 4, requires_grad=True).to(device)
opt = torch.optim.Adam([z], lr=0.05)
opt.zero_grad()
z.pow(2).sum().backward()
opt.step()
