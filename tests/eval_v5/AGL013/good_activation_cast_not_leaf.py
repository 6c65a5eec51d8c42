import torch

torch.manual_seed(49)
w = torch.randn(4, requires_grad=True)
h = (w * 2).double()
opt = torch.optim.SGD([w], lr=0.1)
opt.zero_grad()
h.sum().backward()
opt.step()
