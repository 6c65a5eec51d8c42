import torch

torch.manual_seed(0)


def jvp_like(fn, x, v):
    x = x.detach().requires_grad_(True)
    y = fn(x)
    (g,) = torch.autograd.grad(y, x, grad_output=v)  # expect: AGL014
    return g


print(jvp_like(torch.sin, torch.randn(4), torch.ones(4)))
