import torch

torch.manual_seed(10)
mu = torch.zeros(2, requires_grad=True).type(torch.float64)  # expect: AGL013
opt = torch.optim.SGD([mu], lr=0.05)
