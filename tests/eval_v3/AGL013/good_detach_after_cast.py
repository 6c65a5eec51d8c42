import torch

torch.manual_seed(0)
pretrained = torch.randn(16, 4, requires_grad=True)
adapter = pretrained.to(torch.bfloat16).detach().requires_grad_(True)
opt = torch.optim.SGD([adapter], lr=0.1)
opt.zero_grad()
adapter.float().pow(2).sum().backward()
opt.step()
