import torch


def make_param(shape, require_grad=True, scale=0.1):
    return (torch.randn(shape) * scale).requires_grad_(require_grad)


torch.manual_seed(0)
w = make_param((3, 3))
frozen = make_param((3,), require_grad=False)
(w @ frozen).sum().backward()
print(w.grad is not None, frozen.grad)
