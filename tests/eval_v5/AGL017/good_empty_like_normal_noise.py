import torch

torch.manual_seed(13)
mu = torch.zeros(3, requires_grad=True)
eps = torch.empty_like(mu).normal_()
sample = mu + eps
sample.pow(2).sum().backward()
print(mu.grad)
