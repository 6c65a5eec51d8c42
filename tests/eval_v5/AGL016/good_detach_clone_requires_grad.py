import torch

torch.manual_seed(0)
init = torch.randn(3)
w = init.detach().clone().requires_grad_(True)
w.pow(2).sum().backward()
