"""Curve-fitting coefficients moved to float64 with .to()."""
import torch

torch.manual_seed(3)
coeffs = torch.zeros(3, requires_grad=True).to(torch.float64)  # expect: AGL013
t = torch.linspace(0, 1, 20, dtype=torch.float64)
opt = torch.optim.Adam([coeffs], lr=0.1)
