import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True).to(torch.float64)  # expect: AGL013
opt = torch.optim.SGD([w], lr=0.1)
