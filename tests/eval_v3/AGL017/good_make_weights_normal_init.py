import torch


def make_weights(sizes):
    weights = []
    for d_in, d_out in zip(sizes[:-1], sizes[1:], strict=True):
        w = torch.empty(d_in, d_out)
        torch.nn.init.normal_(w, std=d_in ** -0.5)
        weights.append(w.requires_grad_())
    return weights


torch.manual_seed(0)
h = torch.randn(4, 3)
for w in make_weights([3, 5, 1]):
    h = torch.tanh(h @ w)
h.sum().backward()
