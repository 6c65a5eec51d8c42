import torch

torch.manual_seed(0)
init_params = [torch.randn(3, 3) * 0.1, torch.zeros(3)]
params = [p.detach().clone().requires_grad_(True) for p in init_params]
opt = torch.optim.SGD(params, lr=0.1)
opt.zero_grad()
(torch.randn(5, 3) @ params[0] + params[1]).pow(2).mean().backward()
opt.step()
