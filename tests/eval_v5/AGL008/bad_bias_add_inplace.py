import torch

torch.manual_seed(1)
bias = torch.zeros(4, requires_grad=True)
offset = torch.randn(4)
bias.add_(offset)  # expect: AGL008
