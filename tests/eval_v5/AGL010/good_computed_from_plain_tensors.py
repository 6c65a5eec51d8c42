import torch

torch.manual_seed(2)
raw = torch.randn(4, 3)
normalised = (raw - raw.mean(0)) / raw.std(0)
normalised.requires_grad_()
normalised.pow(2).sum().backward()
print(normalised.is_leaf, normalised.grad.shape)
