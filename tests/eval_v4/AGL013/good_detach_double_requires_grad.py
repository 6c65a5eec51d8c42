"""Refining a float32 solution in float64: detach, cast, then requires_grad_()."""
import torch

torch.manual_seed(8)
coarse = torch.randn(5) * 0.1
fine = coarse.detach().double().requires_grad_()
opt = torch.optim.Adam([fine], lr=1e-2)
opt.zero_grad()
((fine - 1.0) ** 2).sum().backward()
opt.step()
