"""Meta-training: the outer losses of all tasks are summed for the report."""
import torch

torch.manual_seed(10)
w = torch.randn(3, 1, requires_grad=True)
meta_opt = torch.optim.Adam([w], lr=1e-2)
meta_train_loss = 0.0
for _ in range(3):
    xs, ys, xq, yq = torch.randn(5, 3), torch.randn(5, 1), torch.randn(5, 3), torch.randn(5, 1)
    meta_opt.zero_grad()
    (g,) = torch.autograd.grad(((xs @ w - ys) ** 2).mean(), w, create_graph=True)
    outer = ((xq @ (w - 0.1 * g) - yq) ** 2).mean()
    outer.backward()
    meta_opt.step()
    meta_train_loss += outer  # expect: AGL012
print(meta_train_loss / 3)
