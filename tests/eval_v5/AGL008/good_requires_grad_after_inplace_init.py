import torch

torch.manual_seed(35)
x = torch.rand(32, 2)
x.mul_(2.0).sub_(1.0)
x.requires_grad_()
x.pow(2).sum().backward()
