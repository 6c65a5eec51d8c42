import torch


def init_layer(n_in, n_out):
    w = torch.randn(n_in, n_out) * 0.1
    b = torch.zeros(n_out, require_grad=True)  # expect: AGL014
    return w, b


torch.manual_seed(1)
init_layer(4, 2)
