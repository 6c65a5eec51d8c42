import torch

x = torch.randn(3, requires_grad=True)
y = (x.exp() * x).sum()
y.backward(retain_graphs=True)  # expect: AGL014
y.backward()
