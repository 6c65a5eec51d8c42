import torch

torch.manual_seed(5)
points = torch.randn(20, 2)
centroids = points[:3]
params = [
    torch.tensor(c, requires_grad=True)  # expect: AGL016
    for c in centroids
]
dists = torch.stack([(points - c).norm(dim=1) for c in params]).min(0).values
dists.sum().backward()
