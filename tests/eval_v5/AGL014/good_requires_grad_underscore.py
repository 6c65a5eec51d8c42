import torch

torch.manual_seed(7)
image = torch.rand(1, 3, 4, 4)
image.requires_grad_()
image.pow(2).sum().backward()
