import torch

torch.manual_seed(37)
mask = torch.rand(4, 4)
mask.requires_grad = False
temperature = torch.ones(1, requires_grad=True)
temperature.requires_grad_(False)
print(mask.requires_grad, temperature.requires_grad)
