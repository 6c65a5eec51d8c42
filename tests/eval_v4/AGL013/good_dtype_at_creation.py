"""float64 weights requested from the factory itself."""
import torch

torch.manual_seed(0)
w = torch.randn(3, 4, dtype=torch.float64, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
opt.zero_grad()
(torch.randn(2, 3, dtype=torch.float64) @ w).pow(2).mean().backward()
opt.step()
