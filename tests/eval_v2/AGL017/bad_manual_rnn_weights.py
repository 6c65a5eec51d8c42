import torch

torch.manual_seed(0)


def make_cell(d_in, d_h):
    W_xh = torch.empty(d_in, d_h, requires_grad=True)  # expect: AGL017
    W_hh = torch.randn(d_h, d_h, requires_grad=True)
    return W_xh, W_hh


W_xh, W_hh = make_cell(3, 4)
h = torch.zeros(2, 4)
for x_t in torch.randn(5, 2, 3):
    h = torch.tanh(x_t @ W_xh + h @ (W_hh * 0.1))
h.sum().backward()
