import torch

torch.manual_seed(0)

features = torch.randn(32, 8)
labels = torch.randint(0, 2, (32,))
centroid = features[labels == 1].mean(0).clone().requires_grad_(True)
loss = ((features[labels == 1] - centroid) ** 2).sum(-1).mean()
loss.backward()
print(centroid.grad.shape)
