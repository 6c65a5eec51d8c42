import torch

z = torch.randn(2, 3, requires_grad=True)
energy = torch.exp(z)
g = torch.autograd.grad(outputs=energy, inputs=z)  # expect: AGL002
print(g)
