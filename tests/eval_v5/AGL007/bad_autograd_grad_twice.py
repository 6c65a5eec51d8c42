import torch

torch.manual_seed(3)
positions = torch.randn(6, 3, requires_grad=True)
dist = torch.cdist(positions, positions) + torch.eye(6)
energy = (1.0 / dist).triu(1).sum()
forces = -torch.autograd.grad(energy, positions)[0]
virial = torch.autograd.grad(energy, positions)[0]  # expect: AGL007
print(forces.shape, virial.shape)
