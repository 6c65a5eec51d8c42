import torch


def make_gate(n):
    return torch.ones(n, dtype=torch.int32, requires_grad=True)  # expect: AGL005


torch.manual_seed(9)
gate = make_gate(4)
