import torch

torch.manual_seed(10)
w = torch.zeros(3, requires_grad=True)
fast = w.detach().clone().requires_grad_()
xs, ys = torch.randn(8, 3), torch.randn(8)
for _ in range(2):
    loss = (xs @ fast - ys).pow(2).mean()
    (g,) = torch.autograd.grad(loss, fast)
    fast = (fast - 0.1 * g).detach().requires_grad_()
w.data = w.data + 0.5 * (fast.detach() - w.data)  # expect: AGL006
