import torch

torch.manual_seed(13)
stats = torch.randn(100, 3)
means = stats.mean(0).tolist()
mu = torch.tensor(means, requires_grad=True)
(stats - mu).pow(2).mean().backward()
