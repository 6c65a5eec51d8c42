import torch

centers = torch.empty(5, 2).requires_grad_()  # expect: AGL017
points = torch.randn(10, 2)
dist = torch.cdist(points, centers).min(dim=1).values.mean()
dist.backward()
