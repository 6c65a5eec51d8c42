import torch

torch.manual_seed(0)
W = torch.randn(3, 4, require_grad=True)  # expect: AGL014
x = torch.randn(2, 3)
(x @ W).sum().backward()
