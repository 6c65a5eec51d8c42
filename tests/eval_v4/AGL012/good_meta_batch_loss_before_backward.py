"""Meta-batch: outer losses of several tasks summed, one backward per meta-step."""
import torch

torch.manual_seed(10)
w = torch.randn(3, 1, requires_grad=True)
meta_opt = torch.optim.Adam([w], lr=1e-2)
for _ in range(2):
    meta_loss = torch.zeros(())
    for _ in range(3):
        xs, ys, xq, yq = torch.randn(5, 3), torch.randn(5, 1), torch.randn(5, 3), torch.randn(5, 1)
        (g,) = torch.autograd.grad(((xs @ w - ys) ** 2).mean(), w, create_graph=True)
        meta_loss = meta_loss + ((xq @ (w - 0.1 * g) - yq) ** 2).mean()
    meta_opt.zero_grad()
    (meta_loss / 3).backward()
    meta_opt.step()
