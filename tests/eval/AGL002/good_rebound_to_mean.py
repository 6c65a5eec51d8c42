import torch

feats = torch.randn(4, 6, requires_grad=True)
energy = feats.pow(2).sum(dim=1)
energy = energy.mean()
energy.backward()
print(feats.grad.shape)
