import torch

torch.manual_seed(4)
w = torch.randn(4, requires_grad=True)
x = torch.randn(4)
y = (w * x).exp().sum()
w.data.mul_(10)  # expect: AGL006
y.backward()
