import torch

torch.manual_seed(0)

gains = torch.randn(5, requires_grad=True)
torch.relu_(gains)  # expect: AGL008
signal = torch.randn(5)
(gains * signal).sum().backward()
