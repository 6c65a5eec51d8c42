import torch

torch.manual_seed(0)
init_params = [torch.randn(3, 3) * 0.1, torch.zeros(3)]
params = [torch.tensor(p, requires_grad=True) for p in init_params]  # expect: AGL016
opt = torch.optim.SGD(params, lr=0.1)
x = torch.randn(5, 3)
opt.zero_grad()
(x @ params[0] + params[1]).pow(2).mean().backward()
opt.step()
