import torch

torch.manual_seed(14)
w = torch.randn(3, requires_grad=True)
running_mean = torch.zeros(3)
for _ in range(3):
    batch = torch.randn(5, 3)
    running_mean.mul_(0.9).add_(batch.mean(0), alpha=0.1)
    (batch * w).sum().backward()
