import torch

torch.manual_seed(0)

raw = torch.rand(2, 3, 8, 8)
mean = raw.mean(dim=(0, 2, 3), keepdim=True)
std = raw.std(dim=(0, 2, 3), keepdim=True)
x = (raw - mean) / std
x.requires_grad = True
(x.tanh() ** 2).sum().backward()
print(x.grad.shape)
