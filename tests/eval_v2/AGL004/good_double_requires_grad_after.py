import torch
import torch.autograd as autograd

torch.manual_seed(0)


def pairwise_energy(pos):
    diff = pos.unsqueeze(0) - pos.unsqueeze(1)
    dist2 = (diff ** 2).sum(-1) + torch.eye(pos.size(0), dtype=pos.dtype)
    return (1.0 / dist2).sum()


positions = torch.randn(4, 3).double().requires_grad_()
assert autograd.gradcheck(pairwise_energy, (positions,))
