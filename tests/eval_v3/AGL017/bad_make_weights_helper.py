import torch


def make_weights(sizes):
    weights = []
    for d_in, d_out in zip(sizes[:-1], sizes[1:], strict=True):
        w = torch.empty(d_in, d_out, requires_grad=True)  # expect: AGL017
        weights.append(w)
    return weights


torch.manual_seed(0)
ws = make_weights([3, 5, 1])
h = torch.randn(4, 3)
for w in ws:
    h = torch.tanh(h @ w)
h.sum().backward()
