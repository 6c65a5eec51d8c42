import torch

torch.manual_seed(26)
z = torch.tensor([1 + 2j, 3 - 1j], requires_grad=True)
z.abs().sum().backward()
print(z.grad)
