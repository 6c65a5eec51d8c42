import torch


def make_gate(n):
    flags = [i % 2 == 0 for i in range(n)]
    return torch.tensor(flags, requires_grad=True)  # expect: AGL005


print(make_gate(4))
