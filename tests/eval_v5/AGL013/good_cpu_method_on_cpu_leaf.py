import torch

torch.manual_seed(14)
mu = torch.zeros(2, requires_grad=True).cpu()
opt = torch.optim.SGD([mu], lr=0.05)
opt.zero_grad()
(mu - 1).pow(2).sum().backward()
opt.step()
