import torch

torch.manual_seed(11)
w = torch.randn(4, requires_grad=True).float()
opt = torch.optim.SGD([w], lr=0.1)
opt.zero_grad()
w.sum().backward()
opt.step()
