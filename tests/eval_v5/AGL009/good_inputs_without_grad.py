import torch

torch.manual_seed(11)
batch = torch.randn(6, 3)
labels = torch.randint(0, 2, (6,))
print(batch.numpy().mean(), labels.numpy().sum())
