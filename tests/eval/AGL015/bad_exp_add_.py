import torch

x = torch.randn(5, requires_grad=True)
y = x.exp()
y.add_(1)  # expect: AGL015
y.log().sum().backward()
