import torch

torch.manual_seed(1)
w = torch.randn(5, requires_grad=True)
snapshot = w.numpy(force=True)
print(snapshot.shape)
