import torch

w = torch.randn(3, requires_grad=True)
snapshot = w.data.clone()
snapshot.mul_(2)
ema = torch.zeros(3)
ema.add_(w.data, alpha=0.1)
print(snapshot, ema, w)
