import torch
import torch.nn as nn

torch.manual_seed(0)

W = nn.Parameter(torch.rand(6, 2))
H = nn.Parameter(torch.rand(2, 5))
V = torch.rand(6, 5)
opt = torch.optim.Adam([W, H], lr=0.05)


@torch.no_grad()
def project_nonnegative(params):
    for p in params:
        p.clamp_(min=0.0)


for _ in range(3):
    opt.zero_grad()
    ((W @ H - V) ** 2).sum().backward()
    opt.step()
    project_nonnegative([W, H])
