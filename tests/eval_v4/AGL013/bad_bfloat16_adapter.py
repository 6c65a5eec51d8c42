"""Adapter matrices cast to bfloat16 to save memory, then optimised."""
import torch

torch.manual_seed(4)
down = torch.randn(8, 2, requires_grad=True).bfloat16()  # expect: AGL013
up = torch.zeros(2, 8, dtype=torch.bfloat16, requires_grad=True)
opt = torch.optim.SGD([down, up], lr=1e-2)
