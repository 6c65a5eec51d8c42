import torch

torch.manual_seed(0)
bias = torch.zeros(5, requires_grads=True)  # expect: AGL014
out = torch.randn(3, 5) + bias
out.sum().backward()
