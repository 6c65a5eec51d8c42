import torch

w = torch.randn(4, 2, requires_grad=True).to(torch.float64)  # expect: AGL013
opt = torch.optim.SGD([w], lr=0.1)
