import torch

torch.manual_seed(9)
w = torch.randn(3, requires_grad=True)
x, y = torch.randn(8, 3), torch.randn(8)
(g,) = torch.autograd.grad((x @ w - y).pow(2).mean(), w)
fast_w = (w - 0.1 * g).detach().clone().requires_grad_(True)
(x @ fast_w - y).pow(2).mean().backward()
