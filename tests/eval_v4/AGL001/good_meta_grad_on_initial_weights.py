"""MAML: the meta-gradient lives on the initial weights, a leaf."""
import torch

torch.manual_seed(8)
w = torch.randn(3, 1, requires_grad=True)
meta_opt = torch.optim.SGD([w], lr=0.05)
x_support, y_support = torch.randn(6, 3), torch.randn(6, 1)
x_query, y_query = torch.randn(6, 3), torch.randn(6, 1)

meta_opt.zero_grad()
inner_loss = ((x_support @ w - y_support) ** 2).mean()
(g,) = torch.autograd.grad(inner_loss, w, create_graph=True)
fast_w = w - 0.1 * g
outer_loss = ((x_query @ fast_w - y_query) ** 2).mean()
outer_loss.backward()
print(w.grad.norm())
meta_opt.step()
