import torch


def make_weight(n_in, n_out):
    return torch.empty(n_in, n_out, requires_grad=True)  # expect: AGL017


torch.manual_seed(112)
w = make_weight(3, 2)
opt = torch.optim.SGD([w], lr=0.1)
for _ in range(2):
    opt.zero_grad()
    (torch.randn(4, 3) @ w).pow(2).mean().backward()
    opt.step()
