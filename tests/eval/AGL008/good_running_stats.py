import torch

running_mean = torch.zeros(4)
momentum = 0.1
for _ in range(3):
    batch = torch.randn(8, 4)
    running_mean.mul_(1 - momentum).add_(batch.mean(0), alpha=momentum)
print(running_mean)
