import torch

torch.manual_seed(7)
adj = (torch.rand(6, 6) > 0.5).float()
h = torch.randn(6, 4, requires_grad=True)
w = torch.randn(4, 4, requires_grad=True)
messages = adj @ h @ w
energy = (messages ** 2).sum(dim=1)
energy.sum().backward()
