import torch

torch.manual_seed(0)


def f(x):
    return torch.stack([x[0] * x[1], x[1] ** 2, torch.sin(x[2])])


x = torch.randn(3, requires_grad=True)
y = f(x)
v = torch.tensor([1.0, 0.5, -1.0])
y.backward(gradient=v)
print("vjp:", x.grad)
