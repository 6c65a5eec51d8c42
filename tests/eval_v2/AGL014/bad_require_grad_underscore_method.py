import torch

torch.manual_seed(0)


def make_probe(shape):
    probe = torch.zeros(shape)
    probe.require_grad_()  # expect: AGL014
    return probe


delta = make_probe((2, 3))
print(delta.requires_grad)
