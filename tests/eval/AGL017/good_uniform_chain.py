import torch

centers = torch.empty(5, 2).uniform_(-1, 1).requires_grad_()
points = torch.randn(10, 2)
dist = torch.cdist(points, centers).min(dim=1).values.mean()
dist.backward()
print(centers.grad.shape)
