import torch

torch.manual_seed(0)

keep_prob = 0.8
weights = torch.randn(4, 4, requires_grad=True)
mask = torch.bernoulli(torch.full((4, 4), keep_prob))
mask.div_(keep_prob)
mask[0, 0] = 0.0
(weights * mask).sum().backward()
print(weights.grad)
