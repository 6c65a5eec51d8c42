import torch

torch.manual_seed(0)


def jitter_indices(n, span):
    offsets = torch.randint(-span, span + 1, (n,), requires_grad=True)  # expect: AGL005
    return offsets


offsets = jitter_indices(8, 2)
print(offsets)
