import torch

torch.manual_seed(0)
x = torch.randn(3).double()
x.requires_grad = True
y = torch.exp(x).sum()
y.backward()
print(x.grad)
