"""Meta-learning: adapted weights stay in the graph, so the meta-gradient flows."""
import torch

torch.manual_seed(12)
w = torch.randn(3, 1, requires_grad=True)
xs, ys = torch.randn(5, 3), torch.randn(5, 1)
(g,) = torch.autograd.grad(((xs @ w - ys) ** 2).mean(), w, create_graph=True)
fast_w = w - 0.1 * g
xq, yq = torch.randn(5, 3), torch.randn(5, 1)
((xq @ fast_w - yq) ** 2).mean().backward()
print(w.grad.shape)
