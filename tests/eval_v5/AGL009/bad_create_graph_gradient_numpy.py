import torch

torch.manual_seed(86)
x = torch.randn(4, requires_grad=True)
energy = (x ** 3).sum()
(force,) = torch.autograd.grad(energy, x, create_graph=True)
force_np = force.numpy()  # expect: AGL009
