"""Meta-learning inner step that updates the meta-weights in place."""
import torch

torch.manual_seed(11)
w = torch.randn(3, 1, requires_grad=True)
xs, ys = torch.randn(5, 3), torch.randn(5, 1)
inner = ((xs @ w - ys) ** 2).mean()
(g,) = torch.autograd.grad(inner, w)
w.sub_(0.1 * g)  # expect: AGL008
print(w.shape)
