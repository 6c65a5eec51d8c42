import torch

torch.manual_seed(114)
mixing = torch.empty(3, dtype=torch.float64, requires_grad=True)  # expect: AGL017
components = torch.randn(3, 5, dtype=torch.float64)
density = (torch.softmax(mixing, 0)[:, None] * components).sum(0)
density.sum().backward()
