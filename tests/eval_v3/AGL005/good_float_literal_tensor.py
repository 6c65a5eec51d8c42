import torch

coeffs = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
x = torch.linspace(0, 1, 5)
poly = coeffs[0] + coeffs[1] * x + coeffs[2] * x ** 2
poly.sum().backward()
print(coeffs.grad)
