import torch

torch.manual_seed(0)
x_raw = torch.randn(5, 3)
x = torch.tensor(x_raw, requires_grad=True)  # expect: AGL016
y = (x ** 2).sum()
y.backward()
print(x.grad.shape)
