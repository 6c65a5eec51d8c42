import torch

torch.manual_seed(54)
w = torch.randn(3, requires_grad=True)
p = torch.sigmoid(w)
running = p.detach().clone()
running.mul_(0.9)
p.sum().backward()
print(running)
