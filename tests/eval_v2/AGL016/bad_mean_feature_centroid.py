import torch

torch.manual_seed(0)

features = torch.randn(32, 8)
labels = torch.randint(0, 2, (32,))
positives = features[labels == 1]
centroid = torch.tensor(positives.mean(0), dtype=torch.float, requires_grad=True)  # expect: AGL016
loss = ((positives - centroid) ** 2).sum(-1).mean()
loss.backward()
