import torch

torch.manual_seed(0)
w = torch.randn(3, dtype=torch.float64, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
opt.zero_grad()
w.pow(2).sum().backward()
opt.step()
