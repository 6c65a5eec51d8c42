import torch

coeffs = torch.tensor([1, 2, 3], requires_grad=True)  # expect: AGL005
x = torch.linspace(0, 1, 5)
poly = coeffs[0] + coeffs[1] * x + coeffs[2] * x ** 2
poly.sum().backward()
