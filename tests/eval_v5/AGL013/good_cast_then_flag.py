import torch

torch.manual_seed(3)
amplitude = torch.ones(1).double()
amplitude.requires_grad_()
opt = torch.optim.Adam([amplitude], lr=1e-2)
opt.zero_grad()
(amplitude * 2).sum().backward()
opt.step()
