import torch

torch.manual_seed(7)
adj = torch.eye(4) + (torch.rand(4, 4) > 0.5).float()
x = torch.randn(4, 3)
w = torch.randn(3, 3, requires_grad=True)
h = torch.relu(adj @ x @ w)
h[0] = 0.0  # expect: AGL015
h.sum().backward()
