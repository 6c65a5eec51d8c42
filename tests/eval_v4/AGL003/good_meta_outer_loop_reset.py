"""MAML outer loop with meta_opt.zero_grad() per task."""
import torch

torch.manual_seed(9)
w = torch.randn(3, 1, requires_grad=True)
meta_opt = torch.optim.Adam([w], lr=1e-2)
for _task in range(3):
    xs, ys = torch.randn(5, 3), torch.randn(5, 1)
    xq, yq = torch.randn(5, 3), torch.randn(5, 1)
    meta_opt.zero_grad()
    inner = ((xs @ w - ys) ** 2).mean()
    (g,) = torch.autograd.grad(inner, w, create_graph=True)
    outer = ((xq @ (w - 0.1 * g) - yq) ** 2).mean()
    outer.backward()
    meta_opt.step()
