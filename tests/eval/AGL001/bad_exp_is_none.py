import torch

x = torch.linspace(0, 1, 5, requires_grad=True)
y = x.exp()
y.sum().backward()
print(x.grad)
print(y.grad is None)  # expect: AGL001
