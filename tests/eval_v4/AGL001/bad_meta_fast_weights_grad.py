"""MAML-style inner step; the outer loop then reads the adapted weights' grad."""
import torch

torch.manual_seed(8)
w = torch.randn(3, 1, requires_grad=True)
x_support, y_support = torch.randn(6, 3), torch.randn(6, 1)
x_query, y_query = torch.randn(6, 3), torch.randn(6, 1)

inner_loss = ((x_support @ w - y_support) ** 2).mean()
(g,) = torch.autograd.grad(inner_loss, w, create_graph=True)
fast_w = w - 0.1 * g
outer_loss = ((x_query @ fast_w - y_query) ** 2).mean()
outer_loss.backward()
meta_grad = fast_w.grad  # expect: AGL001
print(meta_grad)
