"""Checks the gradient of a Lennard-Jones style potential in float32."""
import torch


def pair_energy(pos):
    diff = pos[:, None, :] - pos[None, :, :]
    r2 = (diff ** 2).sum(-1) + torch.eye(pos.shape[0])
    inv6 = r2.reciprocal() ** 3
    return (inv6 ** 2 - inv6).triu(1).sum()


torch.manual_seed(5)
positions = torch.rand(4, 3, requires_grad=True) * 3
leaf = positions.detach().requires_grad_()
print(torch.autograd.gradcheck(pair_energy, (leaf,), raise_exception=False))  # expect: AGL004
