"""Meta-learning: adapted weights re-flagged as requiring grad."""
import torch

torch.manual_seed(9)
w = torch.randn(3, 1, requires_grad=True)
xs, ys = torch.randn(5, 3), torch.randn(5, 1)
inner = ((xs @ w - ys) ** 2).mean()
(g,) = torch.autograd.grad(inner, w)
fast_w = w - 0.1 * g
fast_w.requires_grad = True  # expect: AGL010
