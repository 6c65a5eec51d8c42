"""First-order meta-learning: adapted weights become a fresh leaf."""
import torch

torch.manual_seed(9)
w = torch.randn(3, 1, requires_grad=True)
xs, ys = torch.randn(5, 3), torch.randn(5, 1)
inner = ((xs @ w - ys) ** 2).mean()
(g,) = torch.autograd.grad(inner, w)
fast_w = (w - 0.1 * g).detach().requires_grad_()
xq, yq = torch.randn(5, 3), torch.randn(5, 1)
((xq @ fast_w - yq) ** 2).mean().backward()
print(fast_w.grad.shape)
