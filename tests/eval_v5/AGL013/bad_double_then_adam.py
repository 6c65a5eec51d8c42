import torch

torch.manual_seed(3)
x_obs = torch.linspace(0, 1, 10, dtype=torch.float64)
amplitude = torch.ones(1, requires_grad=True).double()  # expect: AGL013
opt = torch.optim.Adam([amplitude], lr=1e-2)
