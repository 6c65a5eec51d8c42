import torch

w = torch.randn(4, 2, dtype=torch.float64, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
loss = w.pow(2).sum()
loss.backward()
opt.step()
