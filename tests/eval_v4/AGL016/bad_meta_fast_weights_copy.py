"""Meta-learning: adapted weights copy-constructed, cutting the meta-gradient."""
import torch

torch.manual_seed(12)
w = torch.randn(3, 1, requires_grad=True)
xs, ys = torch.randn(5, 3), torch.randn(5, 1)
(g,) = torch.autograd.grad(((xs @ w - ys) ** 2).mean(), w, create_graph=True)
fast_w = torch.tensor(w - 0.1 * g, requires_grad=True)  # expect: AGL016
xq, yq = torch.randn(5, 3), torch.randn(5, 1)
((xq @ fast_w - yq) ** 2).mean().backward()
print(w.grad)
