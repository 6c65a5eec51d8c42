import torch

torch.manual_seed(0)

x = torch.randn(3, requires_grad=True)
y = x.clone()
y.add_(1.0)
y[0] = 0.0
y.sum().backward()
print(x.grad)
