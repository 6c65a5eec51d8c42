import torch

torch.manual_seed(0)
delta = torch.zeros(1, 6, requires_grad=True).to("cpu")
bias = torch.zeros(6, requires_grad=True).cpu()
opt = torch.optim.SGD([delta, bias], lr=0.1)
opt.zero_grad()
(torch.randn(1, 6) + delta + bias).pow(2).sum().backward()
opt.step()
